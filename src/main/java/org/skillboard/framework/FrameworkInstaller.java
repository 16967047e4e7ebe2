package org.skillboard.framework;

import java.io.InputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.base.AdminChange;
import org.skillboard.base.Message;
import org.skillboard.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.skillboard.framework.sheets.FrameworkWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a checked framework definition into the current tenant: creates it, updates
 * it in place when the change keeps every assessment meaningful, or adds a new
 * version and retires the old one when the file says so. A new version takes over what the
 * tenant set in the app on the old one (level names, maturity dimensions); the old one stays,
 * retired on that day, for everything assessed under it.
 */
@Service
public class FrameworkInstaller {

    private final FrameworkRepository frameworks;
    private final CatalogueCache catalogues;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkInstaller(FrameworkRepository frameworks, CatalogueCache catalogues, ApplicationEventPublisher events,
            Clock clock) {
        this.frameworks = frameworks;
        this.catalogues = catalogues;
        this.events = events;
        this.clock = clock;
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED, NEW_VERSION }

    /** The result of an upload: what happened, or every problem found (then nothing was stored). */
    public record ImportResult(Outcome outcome, String frameworkKey, List<YamlProblem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /**
     * What publishing a definition would do, said before it is done: create it, change nothing, update the current
     * version in place, or (with the reasons, by the same rule as an uploaded file) add a new version.
     */
    public record Plan(Outcome outcome, int version, List<Message> reasons) {
    }

    /** The plan for a definition written in the app, whose version number is decided here, not by its author. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public Plan plan(FrameworkDefinition definition) {
        Framework current = frameworks.findCurrent(definition.key()).orElse(null);
        if (current == null) {
            return new Plan(Outcome.CREATED, 1, List.of());
        }
        FrameworkDefinition existing = current.definition();
        FrameworkDefinition same = definition.withVersion(existing.version());
        if (existing.equals(same)) {
            return new Plan(Outcome.UNCHANGED, existing.version(), List.of());
        }
        List<Message> reasons = Compatibility.problems(existing, same);
        return reasons.isEmpty() ? new Plan(Outcome.UPDATED, existing.version(), List.of())
                : new Plan(Outcome.NEW_VERSION, existing.version() + 1, reasons);
    }

    /** A tenant administrator uploads a framework file; it is checked completely before anything is stored. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public ImportResult importFile(String fileName, String content) {
        YamlProblems problems = new YamlProblems();
        Optional<FrameworkDefinition> definition = FrameworkFileReader.read(fileName, null,
                new StringReader(content), problems);
        if (definition.isEmpty()) {
            return new ImportResult(null, null, problems.all());
        }
        return uploaded(definition.get());
    }

    @PreAuthorize("hasAnyRole('SYSTEM', 'TENANT_ADMIN')")
    @Transactional
    public Outcome install(FrameworkDefinition definition) {
        Framework current = frameworks.findCurrent(definition.key()).orElse(null);
        if (current == null) {
            catalogues.changed();
            create(definition);
            return Outcome.CREATED;
        }
        FrameworkDefinition existing = current.definition();
        if (definition.version() < existing.version()) {
            throw new UserFacingException("framework.error.older-version", definition.key(), definition.version(),
                    existing.version());
        }
        if (definition.version() > existing.version()) {
            catalogues.changed();
            current.retire(LocalDate.now(clock));
            frameworks.save(current);
            // the retired row must be written before its successor takes the key's place
            create(definition).carryFrom(current);
            return Outcome.NEW_VERSION;
        }
        if (existing.equals(definition)) {
            return Outcome.UNCHANGED;
        }
        List<Message> problems = Compatibility.problems(existing, definition);
        if (!problems.isEmpty()) {
            // the reasons are messages too: the view translates them with the refusal (Message.translated)
            throw new UserFacingException("framework.error.incompatible", definition.key(),
                    Message.joined(problems, "; "));
        }
        catalogues.changed();
        current.apply(definition);
        return Outcome.UPDATED;
    }

    /**
     * The same for a framework kept in a spreadsheet (docs/framework-workbook.md).
     *
     * @throws org.skillboard.excel.read.SpreadsheetRefusal for a file that is no workbook that can be read
     *     safely (read as every upload is, decision 0008)
     */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public ImportResult importWorkbook(String fileName, InputStream content) {
        YamlProblems problems = new YamlProblems();
        Optional<FrameworkDefinition> definition = FrameworkWorkbook.read(fileName, content, problems);
        if (definition.isEmpty()) {
            return new ImportResult(null, null, problems.all());
        }
        return uploaded(definition.get());
    }

    /** Installs an administrator's upload and tells the audit log what it changed. */
    private ImportResult uploaded(FrameworkDefinition definition) {
        Integer before = frameworks.findCurrent(definition.key()).map(Framework::getVersionNumber).orElse(null);
        Outcome outcome = install(definition);
        if (outcome != Outcome.UNCHANGED) {
            events.publishEvent(AdminChange.of(AdminChange.Kind.FRAMEWORK, "uploaded", definition.name(),
                    before == null ? null : definition.key() + " " + AdminChange.word("audit.word.version") + " " + before,
                    definition.key() + " " + AdminChange.word("audit.word.version") + " " + definition.version()
                            + " (" + AdminChange.word("audit.outcome." + outcome.name()) + ")"));
        }
        return new ImportResult(outcome, definition.key(), List.of());
    }

    private Framework create(FrameworkDefinition definition) {
        Framework framework = new Framework(definition.key(), definition.family(), definition.version(),
                definition.kind());
        framework.apply(definition);
        return frameworks.save(framework);
    }
}
