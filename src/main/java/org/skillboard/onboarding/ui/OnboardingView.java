package org.skillboard.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.ui.WorkbookUpload;
import org.skillboard.excel.SheetProblem;
import org.skillboard.onboarding.IssuedInvitation;
import org.skillboard.onboarding.Onboarding;
import org.skillboard.onboarding.OnboardingPreview;
import org.skillboard.onboarding.OnboardingResult;
import org.skillboard.security.Roles;

/**
 * Onboarding from a workbook: download the template, upload it filled in, see every problem by sheet and
 * cell, then store all of it or nothing; the new logins' invitation links are listed to pass on.
 */
@Route("admin/onboarding")
@Menu(title = "menu.onboarding", order = 72, icon = "FILE_TABLE")
@RolesAllowed(Roles.TENANT_ADMIN)
class OnboardingView extends VerticalLayout implements HasDynamicTitle {

    private final Onboarding onboarding;
    private final Upload upload;
    private final Paragraph summary = new Paragraph();
    private final Button confirm = new Button();
    private final H3 problemsTitle = new H3();
    private final Grid<SheetProblem> problems = new Grid<>();
    private final H3 invitationsTitle = new H3();
    private final Paragraph invitationsNote = new Paragraph();
    private final Grid<IssuedInvitation> invitations = new Grid<>();
    private String fileName;
    private byte[] content;
    private OnboardingPreview preview;

    OnboardingView(Onboarding onboarding) {
        this.onboarding = onboarding;
        addClassName("sb-page");
        setWidthFull();
        add(new H2(getTranslation("onboarding.title")));
        Paragraph intro = new Paragraph(getTranslation("onboarding.intro"));
        intro.addClassName("sb-muted");
        // fixed in the reader's language now: the download is served in a request of its own
        java.util.Locale locale = getLocale();
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            onboarding.template((key, arguments) -> getTranslation(locale, key, arguments), file);
            return new DownloadResponse(new ByteArrayInputStream(file.toByteArray()), "onboarding.xlsx",
                    WorkbookUpload.CONTENT_TYPE, file.size());
        }), AttachmentType.DOWNLOAD, getTranslation("onboarding.template"));
        template.addClassName("sb-template-link");
        upload = WorkbookUpload.of(this, onboarding.maxBytes(), this::received);
        add(intro, template, upload);

        summary.addClassName("sb-note");
        confirm.setText(getTranslation("onboarding.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> confirm());
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(true);
        problems.addColumn(OnboardingView::where).setHeader(getTranslation("upload.column.cell")).setAutoWidth(true);
        problems.addColumn(this::message).setHeader(getTranslation("upload.column.problem")).setFlexGrow(3);
        add(summary, confirm, problemsTitle, problems);

        invitationsNote.addClassName("sb-muted");
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        invitations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        invitations.setAllRowsVisible(true);
        invitations.addColumn(IssuedInvitation::displayName).setHeader(getTranslation("onboarding.column.full-name"))
                .setAutoWidth(true);
        invitations.addColumn(IssuedInvitation::login).setHeader(getTranslation("onboarding.column.login"))
                .setAutoWidth(true);
        invitations.addColumn(IssuedInvitation::link).setHeader(getTranslation("onboarding.invitation.link"))
                .setFlexGrow(3);
        invitations.addColumn(invitation -> times.format(invitation.expiresAt()))
                .setHeader(getTranslation("onboarding.invitation.expires")).setAutoWidth(true);
        invitations.addComponentColumn(this::copyButton).setAutoWidth(true);
        add(invitationsTitle, invitationsNote, invitations);
        showPreview(null);
        showInvitations(List.of());
    }

    OnboardingPreview preview() {
        return preview;
    }

    /** The problems as the page lists them: where, then what, in the user's language. */
    List<String> problemLines() {
        return preview == null ? List.of()
                : preview.problems().stream().map(problem -> where(problem).isEmpty() ? message(problem)
                        : where(problem) + ": " + message(problem)).toList();
    }

    List<IssuedInvitation> invitations() {
        return invitations.getListDataView().getItems().toList();
    }

    void received(String name, byte[] bytes) {
        showInvitations(List.of());
        try {
            fileName = name;
            content = bytes;
            showPreview(onboarding.preview(name, bytes));
        } catch (UserFacingException refusal) {
            showPreview(null);
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    void confirm() {
        if (preview == null || !preview.canConfirm()) {
            return;
        }
        try {
            OnboardingResult result = onboarding.confirm(fileName, content);
            Notifications.success(getTranslation("onboarding.done", result.teams(), result.people(),
                    result.memberships(), result.invitations().size()));
            showPreview(null);
            upload.clearFileList();
            showInvitations(result.invitations());
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private void showPreview(OnboardingPreview read) {
        preview = read;
        boolean shown = read != null;
        summary.setVisible(shown);
        confirm.setVisible(shown);
        problemsTitle.setVisible(shown && !read.problems().isEmpty());
        problems.setVisible(shown && !read.problems().isEmpty());
        if (!shown) {
            content = null;
            return;
        }
        summary.setText(getTranslation("onboarding.summary", read.fileName(), read.teams(), read.people(),
                read.memberships(), read.logins(), read.problems().size()));
        confirm.setEnabled(read.canConfirm());
        problemsTitle.setText(getTranslation("onboarding.problems", read.problems().size()));
        problems.setItems(read.problems());
    }

    private void showInvitations(List<IssuedInvitation> issued) {
        invitationsTitle.setText(getTranslation("onboarding.invitations", issued.size()));
        invitationsNote.setText(getTranslation("onboarding.invitations.note"));
        invitationsTitle.setVisible(!issued.isEmpty());
        invitationsNote.setVisible(!issued.isEmpty());
        invitations.setVisible(!issued.isEmpty());
        invitations.setItems(issued);
    }

    private Button copyButton(IssuedInvitation invitation) {
        Button copy = new Button(getTranslation("onboarding.invitation.copy"));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(event -> {
            copy.getElement().executeJs("navigator.clipboard.writeText($0)", invitation.link());
            Notifications.info(getTranslation("onboarding.invitation.copied", invitation.login()));
        });
        return copy;
    }

    /** {@code People!C7}, or the sheet alone, or nothing for the workbook as a whole. */
    private static String where(SheetProblem problem) {
        if (problem.sheet().isEmpty()) {
            return "";
        }
        return problem.cell().isEmpty() ? problem.sheet() : problem.sheet() + "!" + problem.cell();
    }

    private String message(SheetProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.title") + " · " + getTranslation("app.name");
    }
}
