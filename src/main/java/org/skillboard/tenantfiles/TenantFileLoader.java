package org.skillboard.tenantfiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;


import java.util.ArrayList;
import java.util.EnumSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.people.PeopleProvisioning;
import org.skillboard.people.TeamRole;
import org.skillboard.security.AccountService;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.skillboard.security.SystemIdentity;
import org.skillboard.security.TenantRole;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenant.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads tenants defined as code ({@code tenants/<slug>/tenant.yaml}, with the
 * assessments and maturity assessments files it names). Idempotent: creates what is
 * missing and updates what the files own, removes nothing, and leaves a tenant alone
 * while its files are unchanged, so that what users entered in the app is not
 * overwritten. Each tenant is applied in one transaction, then its frameworks, job
 * profiles, assessments and maturity assessments; a broken file is reported and skipped
 * and stops nothing else.
 *
 * <p>It applies whatever it is given as the application itself, so it serves only the application's
 * own identity ({@link SystemIdentity}): start-up loading runs as it, and every other caller is refused.
 */
@Service
@PreAuthorize("hasRole('" + Roles.SYSTEM + "')")
public class TenantFileLoader {

    static final String TENANT_FILE = "tenant.yaml";
    private static final Logger log = LoggerFactory.getLogger(TenantFileLoader.class);

    private final TenantService tenants;
    private final PeopleProvisioning people;
    private final AccountService accounts;
    private final PasswordEncoder encoder;
    private final UserDetailsService users;
    private final TenantFileStateRepository states;
    private final TransactionTemplate tx;
    private final FrameworkFiles frameworkFiles;
    private final JobProfileEntries jobProfileEntries;
    private final AssessmentEntries assessmentEntries;
    private final MaturityEntries maturityEntries;
    private final Clock clock;
    private final boolean loadDemo;

    TenantFileLoader(TenantService tenants, PeopleProvisioning people, AccountService accounts,
            PasswordEncoder encoder, UserDetailsService users, TenantFileStateRepository states,
            TransactionTemplate tx, FrameworkFiles frameworkFiles, JobProfileEntries jobProfileEntries,
            AssessmentEntries assessmentEntries, MaturityEntries maturityEntries, Clock clock,
            @Value("${skillboard.tenants.load-demo:true}") boolean loadDemo) {
        this.frameworkFiles = frameworkFiles;
        this.jobProfileEntries = jobProfileEntries;
        this.assessmentEntries = assessmentEntries;
        this.maturityEntries = maturityEntries;
        this.clock = clock;
        this.tenants = tenants;
        this.people = people;
        this.accounts = accounts;
        this.encoder = encoder;
        this.users = users;
        this.states = states;
        this.tx = tx;
        this.loadDemo = loadDemo;
    }

    /** What happened to one tenant folder. */
    public record Outcome(String folder, Status status, List<String> problems) {
    }

    public enum Status { APPLIED, UNCHANGED, SKIPPED_DEMO, INVALID, FAILED }

    /** Loads every tenant folder under the given directory; a missing directory loads nothing. */
    public List<Outcome> loadAll(Path directory) {
        List<Outcome> outcomes = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            log.info("No tenant folder at {}: no tenants loaded from files", directory.toAbsolutePath());
            return outcomes;
        }
        try (Stream<Path> folders = Files.list(directory)) {
            folders.filter(folder -> Files.isRegularFile(folder.resolve(TENANT_FILE))).sorted()
                    .forEach(folder -> outcomes.add(load(folder)));
        } catch (IOException e) {
            log.error("Cannot list the tenant folder {}: {}", directory, e.getMessage());
        }
        return outcomes;
    }

    Outcome load(Path folder) {
        String folderName = folder.getFileName().toString();
        Path file = folder.resolve(TENANT_FILE);
        String label = folderName + "/" + TENANT_FILE;
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return load(label, folderName, content, id -> read(folder.resolve(FrameworkFiles.FOLDER)
                    .resolve(id + ".yaml")), name -> read(folder.resolve(name)));
        } catch (IOException e) {
            log.error("Tenant file {} cannot be read: {}", label, e.getMessage());
            return new Outcome(folderName, Status.FAILED, List.of(e.getMessage()));
        }
    }

    /** Loads one tenant file given as text, without framework files; {@code label} names it in messages. */
    public Outcome load(String label, String folderName, String content) {
        return load(label, folderName, content, id -> Optional.empty());
    }

    /**
     * Loads one tenant file given as text; {@code label} names it in messages.
     *
     * @param frameworkFiles gives the content of a framework file the tenant lists, by id
     */
    public Outcome load(String label, String folderName, String content,
            Function<String, Optional<String>> frameworkFiles) {
        return load(label, folderName, content, frameworkFiles, name -> Optional.empty());
    }

    /**
     * Loads one tenant file given as text; {@code label} names it in messages.
     *
     * @param frameworkFiles gives the content of a framework file the tenant lists, by id
     * @param tenantFiles gives the content of another file next to tenant.yaml (its assessments and maturity
     *     assessments), by name
     */
    public Outcome load(String label, String folderName, String content,
            Function<String, Optional<String>> frameworkFiles, Function<String, Optional<String>> tenantFiles) {
        YamlProblems problems = new YamlProblems();
        Optional<TenantFile> parsed;
        Map<String, String> companions = new HashMap<>();
        Function<String, Optional<String>> remembered = name -> {
            Optional<String> found = tenantFiles.apply(name);
            found.ifPresent(text -> companions.put(name, text));
            return found;
        };
        try (Reader reader = new StringReader(content)) {
            parsed = TenantFileReader.read(label, folderName, reader, remembered, LocalDate.now(clock), problems);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (UserFacingException beyondALimit) {
            // too deep, too many aliases or too long: said in one line, already logged as such
            return new Outcome(folderName, Status.INVALID, List.of(beyondALimit.getMessage()));
        }
        if (parsed.isEmpty()) {
            log.error("Tenant file {} has problems and was not loaded:\n{}", label, problems);
            return new Outcome(folderName, Status.INVALID,
                    problems.all().stream().map(Object::toString).toList());
        }
        TenantFile tenantFile = parsed.get();
        if (tenantFile.demo() && !loadDemo) {
            log.info("Demo tenant {} not loaded (demo data is off)", tenantFile.slug());
            return new Outcome(folderName, Status.SKIPPED_DEMO, List.of());
        }
        try {
            // each companion file is applied again when it or tenant.yaml changed, not when the other one did
            String assessmentsChecksum = Checksums.sha256(content
                    + companion(tenantFile.assessmentsFile(), companions));
            String maturityChecksum = Checksums.sha256(content
                    + companion(tenantFile.maturity() == null ? null : tenantFile.maturity().file(), companions));
            return SystemIdentity.call(() -> apply(tenantFile, frameworkFiles, Checksums.sha256(content), folderName,
                    label, content, assessmentsChecksum, maturityChecksum));
        } catch (RuntimeException e) {
            log.error("Tenant {} from {} was not loaded: {}", tenantFile.slug(), label, e.getMessage(), e);
            return new Outcome(folderName, Status.FAILED, List.of(String.valueOf(e.getMessage())));
        }
    }

    /** A file next to tenant.yaml, named {@code <folder>/<name>} in messages, as it enters a checksum. */
    private static String companion(String fileLabel, Map<String, String> companions) {
        if (fileLabel == null) {
            return "";
        }
        String name = fileLabel.substring(fileLabel.lastIndexOf('/') + 1);
        return "\0" + name + "\0" + companions.getOrDefault(name, "");
    }

    private Outcome apply(TenantFile file, Function<String, Optional<String>> frameworkContent,
            String checksum, String folderName, String label, String content, String assessmentsChecksum,
            String maturityChecksum) {
        TenantSummary existing = tenants.findBySlug(file.slug());
        if (existing != null && unchanged(existing.id(), checksum)) {
            log.info("Tenant {} unchanged since its file was last applied", file.slug());
            List<String> problems = new ArrayList<>(
                    frameworkFiles.load(existing.id(), folderName, file.frameworks(), frameworkContent));
            // the assessments file may have changed on its own, or not have loaded in full last time
            AssessmentEntries.Result assessments = assessmentEntries.apply(existing.id(), label, file,
                    assessmentsChecksum);
            problems.addAll(assessments.problems());
            // and so may the maturity assessments file
            MaturityEntries.Result maturity = maturityEntries.apply(existing.id(), file, maturityChecksum);
            problems.addAll(maturity.problems());
            return new Outcome(folderName, assessments.applied() || maturity.applied() ? Status.APPLIED
                    : Status.UNCHANGED, problems);
        }
        // checked before anything is written, so that such a file leaves no empty tenant behind
        List<String> taken = loginsOfOthers(file, existing == null ? null : existing.id(), label, content);
        if (!taken.isEmpty()) {
            log.error("Tenant {} from {} was not loaded:\n{}", file.slug(), label, String.join("\n", taken));
            return new Outcome(folderName, Status.FAILED, taken);
        }
        TenantSummary tenant = existing != null ? tenants.update(existing.id(), file.name(), file.locale())
                : tenants.create(file.slug(), file.name(), file.locale(), file.demo());
        SystemIdentity.callInTenant(tenant.id(), () -> tx.execute(status -> {
            applyContent(file);
            states.findByFileName(TENANT_FILE).ifPresentOrElse(state -> state.applied(checksum),
                    () -> states.save(new TenantFileState(TENANT_FILE, checksum)));
            return null;
        }));
        log.info("Tenant {} loaded from its file: {} people, {} teams", file.slug(), file.people().size(),
                file.teams().size());
        List<String> problems = new ArrayList<>(
                frameworkFiles.load(tenant.id(), folderName, file.frameworks(), frameworkContent));
        problems.addAll(jobProfileEntries.apply(tenant.id(), label, file));
        problems.addAll(assessmentEntries.apply(tenant.id(), label, file, assessmentsChecksum).problems());
        problems.addAll(maturityEntries.apply(tenant.id(), file, maturityChecksum).problems());
        return new Outcome(folderName, Status.APPLIED, problems);
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean unchanged(long tenantId, String checksum) {
        return SystemIdentity.callInTenant(tenantId, () -> tx.execute(status ->
                states.findByFileName(TENANT_FILE).map(state -> state.getChecksum().equals(checksum))
                        .orElse(false)));
    }

    /**
     * The file's logins that already belong to a user of another tenant or to a platform
     * administrator (a login names its tenant at sign-in, so logins are unique across tenants).
     */
    private List<String> loginsOfOthers(TenantFile file, Long tenantId, String label, String content) {
        List<String> logins = new ArrayList<>();
        file.admins().forEach(admin -> logins.add(admin.login()));
        file.people().stream().map(TenantFile.PersonEntry::login).filter(java.util.Objects::nonNull)
                .forEach(logins::add);
        List<String> taken = new ArrayList<>();
        for (String login : logins) {
            Long owner;
            try {
                UserDetails user = users.loadUserByUsername(login);
                owner = user instanceof SkillboardUser skillboardUser ? skillboardUser.tenantId() : null;
            } catch (UsernameNotFoundException e) {
                continue;
            }
            if (owner == null || !owner.equals(tenantId)) {
                taken.add(label + ":" + lineOf(login, content) + ": login: “" + login
                        + "” is already the login of " + (owner == null ? "a platform administrator"
                                : "a user of another tenant"));
            }
        }
        return taken;
    }

    /** The line where a login is given, for the message (the validated file has no positions). */
    private static int lineOf(String login, String content) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if ((line.startsWith("login:") || line.startsWith("- login:")) && line.contains(login)) {
                return i + 1;
            }
        }
        return 1;
    }

    private void applyContent(TenantFile file) {
        java.util.Map<String, Long> personIds = new java.util.HashMap<>();
        for (TenantFile.PersonEntry person : file.people()) {
            personIds.put(person.key(), people.person(person.key(), person.name(), person.email(),
                    person.jobTitle()));
        }
        Set<String> leads = new java.util.HashSet<>();
        for (TenantFile.TeamEntry team : file.teams()) {
            people.team(team.key(), team.name());
            team.members().forEach(member -> people.membership(team.key(), member, TeamRole.MEMBER));
            team.leads().forEach(lead -> people.membership(team.key(), lead, TeamRole.LEAD));
            leads.addAll(team.leads());
        }
        assessmentEntries.applySettingsAndPeriods(file);
        DemoPassword demoPassword = new DemoPassword(file.demoPassword());
        for (TenantFile.PersonEntry person : file.people()) {
            if (person.login() != null) {
                Set<TenantRole> roles = EnumSet.of(TenantRole.MEMBER);
                if (leads.contains(person.key())) {
                    roles.add(TenantRole.TEAM_LEAD);
                }
                accounts.provision(person.login(), person.name(), passwordHash(person.passwordHash(), demoPassword),
                        roles, personIds.get(person.key()));
            }
        }
        for (TenantFile.Admin admin : file.admins()) {
            Set<TenantRole> roles = EnumSet.of(TenantRole.TENANT_ADMIN);
            if (admin.personKey() != null) {
                roles.add(TenantRole.MEMBER);
                if (leads.contains(admin.personKey())) {
                    roles.add(TenantRole.TEAM_LEAD);
                }
            }
            accounts.provision(admin.login(), admin.name(), passwordHash(admin.passwordHash(), demoPassword), roles,
                    admin.personKey() == null ? null : personIds.get(admin.personKey()));
        }
    }

    private String passwordHash(String fromFile, DemoPassword demoPassword) {
        return fromFile != null ? fromFile : demoPassword.hash();
    }

    /** Hashes a demo tenant's shared password once per load, and only if an account needs it. */
    private final class DemoPassword {
        private final String raw;
        private String hash;

        DemoPassword(String raw) {
            this.raw = raw;
        }

        String hash() {
            if (hash == null) {
                hash = encoder.encode(raw);
            }
            return hash;
        }
    }

}
