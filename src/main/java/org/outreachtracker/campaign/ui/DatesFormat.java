package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers show dates as the rest of the application writes them ("5 Mar 2026"). */
final class DatesFormat {

    private DatesFormat() {
    }

    static void apply(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("d MMM yyyy", "yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy")
                .setFirstDayOfWeek(1));
    }
}
