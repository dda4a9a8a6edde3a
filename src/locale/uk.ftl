# Ukrainian: when something happens, as a sentence, and how a date, a list and euros are
# written. $name is a weekday's name from the locale data (називний відмінок); $day its
# key, so that the feminine days take the accusative after "у" (середу, п'ятницю, суботу,
# неділю) and the ordinals agree with them.
# Awaiting review by a native speaker.
review = awaiting

grammar-acc = { $day ->
    [wednesday] середу
    [friday] п'ятницю
    [saturday] суботу
    [sunday] неділю
   *[other] { $name }
}
every-day = щодня
every-workday = щодня в робочі дні
all-days = щодня
workdays = у робочі дні
every-week = щотижня у { $days }
every-week-day = { grammar-acc }
on-day = { grammar-acc }
every-n-weeks = { $every ->
    [2] раз на два тижні у { $days }
    [few] раз на { $every } тижні у { $days }
   *[other] раз на { $every } тижнів у { $days }
}
grammar-nth-m = { $nth ->
    [first] перший
    [second] другий
    [third] третій
    [fourth] четвертий
   *[last] останній
}
grammar-nth-f = { $nth ->
    [first] перша
    [second] друга
    [third] третя
    [fourth] четверта
   *[last] остання
}
grammar-nth-f-acc = { $nth ->
    [first] першу
    [second] другу
    [third] третю
    [fourth] четверту
   *[last] останню
}
nth = { $day ->
    [wednesday] { grammar-nth-f }
    [friday] { grammar-nth-f }
    [saturday] { grammar-nth-f }
    [sunday] { grammar-nth-f }
   *[other] { grammar-nth-m }
}
nth-on = { $day ->
    [wednesday] { grammar-nth-f-acc }
    [friday] { grammar-nth-f-acc }
    [saturday] { grammar-nth-f-acc }
    [sunday] { grammar-nth-f-acc }
   *[other] { grammar-nth-m }
}
month-day = { $nths } { grammar-acc }
every-month = щомісяця у { $days }
on-dates = { $dates }
time-range = { $what } з { $start } до { $end }
time-at = { $what } о { $start }
season = { $what }, з { $from } до { $until }
season-from = { $what }, з { $from }
season-until = { $what }, до { $until }
except = { $what }, крім { $dates }

date = { $day } { $month }
date-year = { $day } { $month } { $year }
full-date = { $weekday }, { $date }
list-comma = {", "}
list-and = { $rest } і { $last }
euros = { $whole },{ $cents } €
euros-whole = { $whole } €
