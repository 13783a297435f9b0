package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostDetails;
import org.outreachtracker.reference.ReferenceAdminService;
import org.outreachtracker.reference.RegionRef;

/**
 * Adds a post or changes one. A refusal by the service (a code or name in use, a stale edit) is
 * shown as its message and the dialog stays open with the administrator's input.
 */
class PostDialog extends Dialog {

    final PostForm form;
    final Button save = new Button("Save");

    /**
     * @param existing the post to change, as read just now, or {@code null} to add one
     * @param onSaved told about the saved post after the dialog closed
     */
    PostDialog(ReferenceAdminService service, List<RegionRef> regions, List<CountryRef> countries,
            PostDetails existing, Consumer<PostDetails> onSaved) {
        setHeaderTitle(existing == null ? "New post" : "Edit " + existing.name());
        setWidth("min(48rem, 100vw)");
        form = new PostForm(regions, countries);
        form.show(existing);
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> form.draft().ifPresent(draft -> {
            Saving.attempt(() -> existing == null ? service.createPost(draft)
                    : service.updatePost(existing.id(), existing.version(), draft)).ifPresent(saved -> {
                Notifications.success(existing == null ? "Post " + saved.name() + " added."
                        : "Changes to " + saved.name() + " saved.");
                close();
                onSaved.accept(saved);
            });
        }));
        var cancel = new Button("Cancel", event -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                form.focus();
            }
        });
    }
}
