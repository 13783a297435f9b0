package org.outreachtracker.ops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.ops.BackupFile;
import org.outreachtracker.ops.BackupService;

/**
 * Backups of the embedded database: write one now (while everyone keeps working) and see those
 * in the backup folder, with how to restore one. With PostgreSQL, says to use the server's tools.
 */
@Route("admin/backups")
@Menu(order = 96, icon = "vaadin:database", title = "Backups")
@RolesAllowed(Roles.ADMIN)
public class BackupsView extends Main implements HasDynamicTitle {

    /** The command that restores a backup; the same in every language. */
    private static final String RESTORE_COMMAND = "java -jar outreach-tracker.jar --outreach.restore=";

    final Button backUp = new Button(getTranslation("ops.backups.now"), VaadinIcon.DOWNLOAD_ALT.create());
    final Grid<BackupFile> grid = new Grid<>();
    final Span total = new Span();
    final Code restoreCommand = new Code();
    private final Div restoreHelp = new Div(
            new H2(getTranslation("ops.backups.restore.title")),
            new Paragraph(getTranslation("ops.backups.restore.before")),
            restoreCommand,
            new Paragraph(getTranslation("ops.backups.restore.after")));

    private final BackupService backups;

    BackupsView(BackupService backups) {
        this.backups = backups;
        addClassNames("page", "backups-view");
        if (!backups.backupsAvailable()) {
            add(new Paragraph(getTranslation("ops.backups.postgres")));
            return;
        }
        var where = new Paragraph(getTranslation("ops.backups.where.before") + " ");
        where.add(new Code(backups.folder()), new Span(" " + getTranslation("ops.backups.where.after")));
        restoreHelp.addClassName("restore-help");
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.setDisableOnClick(true);
        backUp.addClickListener(event -> backUpNow());
        var toolbar = new Div(backUp, total);
        toolbar.addClassName("toolbar");
        total.addClassName("result-count");
        total.getElement().setAttribute("aria-live", "polite");

        grid.addClassName("backups-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("ops.backups.title"));
        grid.addColumn(BackupFile::name)
                .setKey("name")
                .setHeader(getTranslation("ops.backups.file"))
                .setFlexGrow(2)
                .setPartNameGenerator(file -> "file-cell");
        grid.addColumn(file -> Formats.dateTime(file.writtenAt()))
                .setKey("written")
                .setHeader(getTranslation("ops.backups.written"))
                .setFlexGrow(1);
        grid.addColumn(file -> size(file.size()))
                .setKey("size")
                .setHeader(getTranslation("ops.backups.size"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("ops.backups.empty"));

        add(where, toolbar, grid, restoreHelp);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.backups.title") + " | Outreach Tracker";
    }

    private void backUpNow() {
        try {
            Saving.attempt(backups::backUpNow).ifPresent(written -> {
                Notifications.success(getTranslation("ops.backups.done", written.name(), size(written.size())));
                refresh();
            });
        } finally {
            backUp.setEnabled(true);
        }
    }

    private void refresh() {
        List<BackupFile> files = backups.backups();
        grid.setItems(files);
        // A short list shows whole; a long one scrolls within the page.
        grid.setAllRowsVisible(files.size() <= 10);
        total.setText(getTranslation("ops.backups.count", files.size()));
        String example = files.isEmpty() ? "FILE" : files.getFirst().name();
        restoreCommand.setText(RESTORE_COMMAND + backups.folder() + "/" + example);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
