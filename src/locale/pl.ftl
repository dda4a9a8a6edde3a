# Polish: when something happens, as a sentence, and how a date, a list and euros are
# written. $name is a weekday's name from the locale data (mianownik); $day its key, so
# that the feminine days (środa, sobota, niedziela) take the accusative after "w każdą".
# Awaiting review by a native speaker.
review = awaiting

every-day = codziennie
every-workday = w każdy dzień roboczy
all-days = codziennie
workdays = w dni robocze
every-week = { $days }
every-week-day = { $day ->
    [wednesday] w każdą środę
    [saturday] w każdą sobotę
    [sunday] w każdą niedzielę
   *[other] w każdy { $name }
}
on-day = { $day ->
    [tuesday] we wtorek
    [wednesday] w środę
    [saturday] w sobotę
    [sunday] w niedzielę
   *[other] w { $name }
}
every-n-weeks = { $every ->
    [2] co drugi tydzień { $days }
    [few] co { $every } tygodnie { $days }
   *[other] co { $every } tygodni { $days }
}
nth = { $day ->
    [wednesday] { grammar-nth-f }
    [friday] { grammar-nth-m }
    [saturday] { grammar-nth-f }
    [sunday] { grammar-nth-f }
   *[other] { grammar-nth-m }
}
grammar-nth-m = { $nth ->
    [first] pierwszy
    [second] drugi
    [third] trzeci
    [fourth] czwarty
   *[last] ostatni
}
grammar-nth-f = { $nth ->
    [first] pierwsza
    [second] druga
    [third] trzecia
    [fourth] czwarta
   *[last] ostatnia
}
grammar-nth-f-acc = { $nth ->
    [first] pierwszą
    [second] drugą
    [third] trzecią
    [fourth] czwartą
   *[last] ostatnią
}
nth-on = { $day ->
    [wednesday] { grammar-nth-f-acc }
    [saturday] { grammar-nth-f-acc }
    [sunday] { grammar-nth-f-acc }
   *[other] { grammar-nth-m }
}
month-day = { $nths } { $day ->
    [wednesday] środę
    [saturday] sobotę
    [sunday] niedzielę
   *[other] { $name }
}
every-month = w { $days } miesiąca
on-dates = { $dates }
time-range = { $what } od { $start } do { $end }
time-at = { $what } o { $start }
season = { $what }, od { $from } do { $until }
season-from = { $what }, od { $from }
season-until = { $what }, do { $until }
except = { $what }, z wyjątkiem { $dates }

date = { $day } { $month }
date-year = { $day } { $month } { $year }
full-date = { $weekday }, { $date }
list-comma = {", "}
list-and = { $rest } i { $last }
euros = { $whole },{ $cents } €
euros-whole = { $whole } €
