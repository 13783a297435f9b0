package org.outreachtracker.reference.ui;

import java.util.List;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostDetails;
import org.outreachtracker.reference.ReferenceAdminService;

/**
 * Adds a post or changes one. A refusal by the service (a code or name in use, a stale edit) is
 * shown as its message and the dialog stays open with the administrator's input.
 */
class PostDialog extends EditDialog {

    final PostForm form;

    /**
     * @param existing the post to change, as read just now, or {@code null} to add one
     * @param onSaved told about the saved post after the dialog closed
     */
    PostDialog(
            ReferenceAdminService service,
            List<BureauRef> bureaus,
            List<CountryRef> countries,
            PostDetails existing,
            Consumer<PostDetails> onSaved) {
        super(
                existing == null
                        ? Translations.text("reference.post.new")
                        : Translations.text("reference.post.edit", existing.name()),
                Translations.text("reference.post.save"),
                "min(48rem, 100vw)");
        form = new PostForm(bureaus, countries);
        form.show(existing);
        add(form);

        onSave(
                form::draft,
                draft -> existing == null
                        ? service.createPost(draft)
                        : service.updatePost(existing.id(), existing.version(), draft),
                (draft, saved) -> existing == null
                        ? getTranslation("reference.post.added", saved.name())
                        : getTranslation("reference.post.saved", saved.name()),
                onSaved);
        focusOnOpen(form::focus);
    }
}
