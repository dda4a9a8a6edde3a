# Dutch: when something happens, as a sentence, and how a date, a list and euros are
# written. $name is a weekday's name from the locale data; $day its key (monday), for a
# language whose grammar bends the name.
review = done

every-day = elke dag
every-workday = elke werkdag
all-days = elke dag
workdays = elke werkdag
every-week = elke { $days }
every-week-day = { $name }
on-day = { $name }
every-n-weeks = { $every ->
    [2] om de week op { $days }
   *[other] elke { $every } weken op { $days }
}
nth = { $nth ->
    [first] eerste
    [second] tweede
    [third] derde
    [fourth] vierde
   *[last] laatste
}
nth-on = { nth }
month-day = { $nths } { $name }
every-month = elke { $days } van de maand
on-dates = op { $dates }
time-range = { $what } van { $start } tot { $end }
time-at = { $what } om { $start }
season = { $what }, van { $from } tot en met { $until }
season-from = { $what }, vanaf { $from }
season-until = { $what }, tot en met { $until }
except = { $what }, niet op { $dates }

date = { $day } { $month }
date-year = { $day } { $month } { $year }
full-date = { $weekday } { $date }
list-comma = {", "}
list-and = { $rest } en { $last }
euros = € { $whole },{ $cents }
euros-whole = € { $whole },-
