# Turkish: when something happens, as a sentence, and how a date, a list and euros are
# written. $name is a weekday's name from the locale data (Salı); $day its key. Suffixes
# that would follow a number's sound (10:00'da) are avoided by the word order.
# Awaiting review by a native speaker.
review = awaiting

every-day = her gün
every-workday = hafta içi her gün
all-days = her gün
workdays = hafta içi her gün
every-week = her { $days }
every-week-day = { $name }
on-day = { $name }
every-n-weeks = { $every ->
    [2] iki haftada bir { $days }
   *[other] { $every } haftada bir { $days }
}
nth = { $nth ->
    [first] ilk
    [second] ikinci
    [third] üçüncü
    [fourth] dördüncü
   *[last] son
}
nth-on = { nth }
month-day = { $nths } { $name }
every-month = her ayın { $days } günü
on-dates = { $dates }
time-range = { $what } { $start }–{ $end } arası
time-at = { $what } saat { $start }
season = { $what }, { $from } – { $until } arası
season-from = { $what }, başlangıç: { $from }
season-until = { $what }, bitiş: { $until }
except = { $what }, şu tarihler hariç: { $dates }

date = { $day } { $month }
date-year = { $day } { $month } { $year }
full-date = { $date } { $weekday }
list-comma = {", "}
list-and = { $rest } ve { $last }
euros = { $whole },{ $cents } €
euros-whole = { $whole } €
