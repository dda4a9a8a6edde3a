# Arabic: when something happens, as a sentence, and how a date, a list and euros are
# written. $name is a weekday's name from the locale data (الثلاثاء); $day its key. The
# conjunction و joins the word after it; the ordinals follow the weekday.
# Awaiting review by a native speaker.
review = awaiting

every-day = كل يوم
every-workday = كل يوم من أيام العمل
all-days = كل يوم
workdays = أيام العمل
every-week = كل أسبوع يوم { $days }
every-week-day = { $name }
on-day = { $name }
every-n-weeks = { $every ->
    [2] كل أسبوعين يوم { $days }
    [few] كل { $every } أسابيع يوم { $days }
   *[other] كل { $every } أسبوعًا يوم { $days }
}
nth = { $nth ->
    [first] الأول
    [second] الثاني
    [third] الثالث
    [fourth] الرابع
   *[last] الأخير
}
nth-on = { nth }
month-day = { $name } { $nths }
every-month = { $days } من كل شهر
on-dates = يوم { $dates }
time-range = { $what } من { $start } إلى { $end }
time-at = { $what } الساعة { $start }
season = { $what }، من { $from } إلى { $until }
season-from = { $what }، ابتداءً من { $from }
season-until = { $what }، حتى { $until }
except = { $what }، باستثناء { $dates }

date = { $day } { $month }
date-year = { $day } { $month } { $year }
full-date = { $weekday } { $date }
list-comma = {"، "}
list-and = { $rest } و{ $last }
euros = { $whole }.{ $cents } €
euros-whole = { $whole } €
