# What wrap-core says: why a file could not be read as a plan, why a plan is not valid, and
# why its history does not replay.
