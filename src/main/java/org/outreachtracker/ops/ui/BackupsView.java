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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Backups | Outreach Tracker")
@Menu(order = 96, icon = "vaadin:database", title = "Backups")
@RolesAllowed(Roles.ADMIN)
public class BackupsView extends Main {

    final Button backUp = new Button("Back up now", VaadinIcon.DOWNLOAD_ALT.create());
    final Grid<BackupFile> grid = new Grid<>();
    final Span total = new Span();
    final Code restoreCommand = new Code();
    private final Div restoreHelp = new Div(
            new H2("Restoring a backup"),
            new Paragraph("Stop the application and move its database file (outreach.mv.db in the data"
                    + " folder) aside; keep it until the restored data is checked. Then, from the folder the"
                    + " application starts in, run (with the backup's file name):"),
            restoreCommand,
            new Paragraph("It loads the backup into a new database and exits; start the application as usual."
                    + " The audit trail records the restore."));

    private final BackupService backups;

    BackupsView(BackupService backups) {
        this.backups = backups;
        addClassNames("page", "backups-view");
        if (!backups.backupsAvailable()) {
            add(new Paragraph("This installation keeps its data in PostgreSQL. Back it up with the database"
                    + " server's own tools (pg_dump, or the server's continuous archiving), as the README's"
                    + " deployment section describes."));
            return;
        }
        var where = new Paragraph("Backups are written to ");
        where.add(
                new Code(backups.folder()),
                new Span(" on the server (setting outreach.backup.folder). Each is"
                        + " a complete, consistent copy of the database taken while people keep working. It holds"
                        + " outreach records and password hashes: keep the folder as protected as the database."));
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
        grid.setAriaLabel("Backups");
        grid.addColumn(BackupFile::name)
                .setKey("name")
                .setHeader("File")
                .setFlexGrow(2)
                .setPartNameGenerator(file -> "file-cell");
        grid.addColumn(file -> Formats.dateTime(file.writtenAt()))
                .setKey("written")
                .setHeader("Written")
                .setFlexGrow(1);
        grid.addColumn(file -> size(file.size()))
                .setKey("size")
                .setHeader("Size")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setEmptyStateText("No backups yet. Choose \"Back up now\" to write the first one.");

        add(where, toolbar, grid, restoreHelp);
        refresh();
    }

    private void backUpNow() {
        try {
            Saving.attempt(backups::backUpNow).ifPresent(written -> {
                Notifications.success("Backup written: " + written.name() + " (" + size(written.size()) + ").");
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
        total.setText(files.size() == 1 ? "1 backup in the folder" : files.size() + " backups in the folder");
        String example = files.isEmpty() ? "FILE" : files.getFirst().name();
        restoreCommand.setText("java -jar outreach-tracker.jar --outreach.restore=" + backups.folder() + "/" + example);
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
