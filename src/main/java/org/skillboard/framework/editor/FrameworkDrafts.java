package org.skillboard.framework.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.skillboard.base.AdminChange;
import org.skillboard.base.Keys;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkInstaller;
import org.skillboard.framework.FrameworkKind;
import org.skillboard.framework.FrameworkRules;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.FrameworkUploads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frameworks a tenant administrator writes in the app. A draft starts from a starter, from nothing, as a copy of a
 * framework (in the same language or as a translation into another), or from the current version of one; it is
 * kept as it is typed, problems and all, and checked by the loader's rules ({@link DraftCheck}). Publishing goes
 * through {@link FrameworkInstaller} as an uploaded file does: in place when nothing assessed changes meaning,
 * else as a new version that keeps the old one for history.
 */
@Service
@PreAuthorize("hasRole('TENANT_ADMIN')")
public class FrameworkDrafts {

    /** A draft as the library lists it. */
    public record DraftSummary(long id, String key, String name, FrameworkKind kind, Locale language,
            Integer basedOnVersion, Instant updatedAt, String updatedBy) {
    }

    /** A draft opened in the editor, with what the loader would refuse in it now. */
    public record Draft(long id, FrameworkDefinition definition, Integer basedOnVersion, Instant updatedAt,
            String updatedBy, List<DraftProblem> problems) {
    }

    /**
     * A draft next to another language of its family: both definitions, and each text of the other language with
     * the draft's, those not translated yet among them ({@link Untranslated}).
     */
    public record SideBySide(long draftId, FrameworkDefinition draft, long otherId, FrameworkDefinition other,
            List<Untranslated.Text> texts) {

        public List<Untranslated.Text> untranslated() {
            return texts.stream().filter(text -> !text.translated()).toList();
        }
    }

    private final FrameworkDraftRepository drafts;
    private final FrameworkStarters starters;
    private final FrameworkService frameworks;
    private final FrameworkInstaller installer;
    private final FrameworkUploads uploads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkDrafts(FrameworkDraftRepository drafts, FrameworkStarters starters, FrameworkService frameworks,
            FrameworkInstaller installer, FrameworkUploads uploads, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.starters = starters;
        this.frameworks = frameworks;
        this.installer = installer;
        this.uploads = uploads;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DraftSummary> drafts() {
        return drafts.findAllNewestFirst().stream().map(FrameworkDrafts::summary).toList();
    }

    /** A free id for a framework with this name ("Critérios de atendimento" gives "criterios-de-atendimento"). */
    @Transactional(readOnly = true)
    public String suggestKey(String name) {
        String base = Keys.slug(name, "framework");
        return Keys.unique(base, takenKeys());
    }

    /** A new framework from a starter; {@code blankKind} is the kind of a blank one and ignored otherwise. */
    @Transactional
    public long start(String key, String name, Locale language, Starter starter, FrameworkKind blankKind) {
        FrameworkKind kind = starter.kind() != null ? starter.kind() : blankKind;
        if (kind == null) {
            throw new UserFacingException("framework-editor.error.no-kind");
        }
        return create(starters.start(free(key), name, language, starter, kind), null);
    }

    /**
     * A copy of a current framework to change into another one; as a translation it stays in the same family, so
     * that people assessed in either language read the same skills.
     */
    @Transactional
    public long copy(long frameworkId, String key, String name, Locale language, boolean translation) {
        FrameworkDefinition source = frameworks.definitionForAdmin(frameworkId);
        String newKey = free(key);
        return create(source.copiedAs(newKey, translation ? source.family() : newKey, name, language), null);
    }

    /** The draft of changes to a current framework: the one already open, else a new one from its current text. */
    @Transactional
    public long edit(long frameworkId) {
        FrameworkDefinition current = frameworks.definitionForAdmin(frameworkId);
        return drafts.findByKey(current.key()).map(FrameworkDraft::getId)
                .orElseGet(() -> create(current, current.version()));
    }

    @Transactional(readOnly = true)
    public Draft open(long draftId) {
        FrameworkDraft draft = draft(draftId);
        FrameworkDefinition definition = DraftBodies.read(draft.body());
        return new Draft(draft.getId(), definition, draft.basedOnVersion(), draft.updatedAt(), draft.updatedBy(),
                DraftCheck.problems(definition));
    }

    /** Keeps the draft as it is now, whatever is wrong with it, and says what is. Its id cannot change. */
    @Transactional
    public List<DraftProblem> save(long draftId, FrameworkDefinition definition) {
        FrameworkDraft draft = draft(draftId);
        if (!draft.key().equals(definition.key())) {
            throw new UserFacingException("framework-editor.error.key-fixed", draft.key());
        }
        draft.keep(definition, DraftBodies.write(definition, uploads.maxBytes()), Instant.now(clock), login());
        drafts.save(draft);
        return DraftCheck.problems(definition);
    }

    /** What the loader would refuse in a definition, without keeping it. */
    public List<DraftProblem> check(FrameworkDefinition definition) {
        return DraftCheck.problems(definition);
    }

    /** What publishing the draft would do now, and why a new version if it needs one. */
    @Transactional(readOnly = true)
    public FrameworkInstaller.Plan plan(long draftId) {
        return installer.plan(DraftBodies.read(draft(draftId).body()));
    }

    /** Publishes the draft as {@link #plan} says, and closes it. Refused while the loader would refuse it. */
    @Transactional
    public FrameworkInstaller.Plan publish(long draftId) {
        FrameworkDraft draft = draft(draftId);
        FrameworkDefinition definition = DraftBodies.read(draft.body());
        if (!DraftCheck.problems(definition).isEmpty()) {
            throw new UserFacingException("framework-editor.error.has-problems");
        }
        FrameworkInstaller.Plan plan = installer.plan(definition);
        if (plan.outcome() != FrameworkInstaller.Outcome.UNCHANGED) {
            installer.install(definition.withVersion(plan.version()));
            String version = AdminChange.word("audit.word.version");
            events.publishEvent(AdminChange.of(AdminChange.Kind.FRAMEWORK, "published", definition.name(),
                    draft.basedOnVersion() == null ? null : definition.key() + " " + version + " "
                            + draft.basedOnVersion(),
                    definition.key() + " " + version + " " + plan.version() + " ("
                            + AdminChange.word("audit.outcome." + plan.outcome().name()) + ")"));
        }
        drafts.delete(draft);
        return plan;
    }

    @Transactional
    public void discard(long draftId) {
        drafts.delete(draft(draftId));
    }

    /** The current frameworks of the draft's family in other languages, to translate side by side. */
    @Transactional(readOnly = true)
    public List<FrameworkSummary> otherLanguages(long draftId) {
        FrameworkDefinition definition = DraftBodies.read(draft(draftId).body());
        return frameworks.all(true).stream()
                .filter(framework -> framework.family().equals(definition.family())
                        && !framework.key().equals(definition.key()))
                .toList();
    }

    /**
     * The draft and a current framework of its family in another language, text by text. Refused for a framework
     * of another family, or the one the draft changes.
     */
    @Transactional(readOnly = true)
    public SideBySide sideBySide(long draftId, long otherFrameworkId) {
        FrameworkDefinition definition = DraftBodies.read(draft(draftId).body());
        FrameworkDefinition other = frameworks.definitionForAdmin(otherFrameworkId);
        if (!other.family().equals(definition.family()) || other.key().equals(definition.key())) {
            throw new UserFacingException("framework-languages.error.other-family", other.name());
        }
        return new SideBySide(draftId, definition, otherFrameworkId, other,
                Untranslated.sideBySide(definition, other));
    }

    private long create(FrameworkDefinition definition, Integer basedOnVersion) {
        FrameworkDraft draft = new FrameworkDraft(definition, DraftBodies.write(definition, uploads.maxBytes()),
                basedOnVersion, Instant.now(clock), login());
        return drafts.save(draft).getId();
    }

    /** The key when it is a well-formed id no framework or draft of the tenant has. */
    private String free(String key) {
        if (key == null || FrameworkRules.idProblem(key) != null) {
            throw new UserFacingException("framework-file.bad-id", key == null ? "" : key);
        }
        if (takenKeys().contains(key)) {
            throw new UserFacingException("framework-editor.error.key-taken", key);
        }
        return key;
    }

    private Set<String> takenKeys() {
        Set<String> taken = new HashSet<>(frameworks.keysEverUsed());
        drafts.findAllNewestFirst().forEach(draft -> taken.add(draft.key()));
        return taken;
    }

    private FrameworkDraft draft(long draftId) {
        return drafts.findById(draftId)
                .orElseThrow(() -> new UserFacingException("framework-editor.error.not-found"));
    }

    private static String login() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static DraftSummary summary(FrameworkDraft draft) {
        return new DraftSummary(draft.getId(), draft.key(), draft.name(),
                FrameworkKind.valueOf(draft.kind().toUpperCase(Locale.ROOT)), Locale.forLanguageTag(draft.language()),
                draft.basedOnVersion(), draft.updatedAt(), draft.updatedBy());
    }
}
