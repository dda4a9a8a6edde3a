# English: when something happens, as a sentence, and how a date, a list and euros are
# written. $name is a weekday's name from the locale data; $day its key (monday).
review = done

every-day = every day
every-workday = every weekday
all-days = every day
workdays = every weekday
every-week = every { $days }
every-week-day = { $name }
on-day = { $name }
every-n-weeks = { $every ->
    [2] every other week on { $days }
   *[other] every { $every } weeks on { $days }
}
nth = { $nth ->
    [first] first
    [second] second
    [third] third
    [fourth] fourth
   *[last] last
}
nth-on = { nth }
month-day = { $nths } { $name }
every-month = every { $days } of the month
on-dates = on { $dates }
time-range = { $what } from { $start } to { $end }
time-at = { $what } at { $start }
season = { $what }, from { $from } until { $until }
season-from = { $what }, from { $from }
season-until = { $what }, until { $until }
except = { $what }, except { $dates }

date = { $day } { $month }
date-year = { $day } { $month } { $year }
full-date = { $weekday } { $date }
list-comma = {", "}
list-and = { $rest } and { $last }
euros = €{ $whole }.{ $cents }
euros-whole = €{ $whole }
