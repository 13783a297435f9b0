package org.outreachtracker.tasking;

import java.time.LocalDate;

/**
 * How many of a campaign's taskings entered and left a state on one day (the day a change counts
 * for: the meeting's date for a delivery, the cable's date for a report, else the day it was
 * recorded). Summed from the first day, entered minus left gives how many were in the state.
 */
public record TaskingDayChange(LocalDate day, TaskingState state, long entered, long left) {}
