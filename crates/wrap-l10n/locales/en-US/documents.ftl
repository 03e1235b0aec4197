# American English: only what differs from British English (en-GB) is here; the rest comes
# from en-GB.

# Dates as people in the United States read them: "October 31, 2026".
date-long = { $month } { $day }, { $year }
