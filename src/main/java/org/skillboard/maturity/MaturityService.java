package org.skillboard.maturity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.FrameworkService;
import org.skillboard.people.PeopleProvisioning;
import org.skillboard.people.PeopleService;
import org.skillboard.people.PersonLookup;
import org.skillboard.people.TeamRole;
import org.skillboard.people.VisibleTeam;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CX maturity worksheet as a process: people fill it in for the whole organisation or
 * for their team (drafts can be saved and resumed), and each unit's result is the median
 * and spread of its assessors' completed worksheets per round.
 *
 * <p>Who may do what: everyone sees the organisation and the teams they are in; a tenant
 * admin sees every unit. The organisation is assessed by tenant admins and team leads, a
 * team by its leads and members (and tenant admins). Each assessor's own answers are read
 * by the unit's leads (for the organisation: its admins) and by the assessor herself.
 */
@Service
@Transactional(readOnly = true)
public class MaturityService {

    static final int MAX_AMBITION = 4000;
    static final int MAX_CHANGE = 1000;
    static final int MAX_OWNER = 200;
    static final int MIN_CHANGES = 2;
    /** The most critical changes a worksheet names (the paper worksheet asks for two or three). */
    public static final int MAX_CHANGES = 3;

    private final MaturityAssessmentRepository assessments;
    private final FrameworkService frameworks;
    private final PeopleService people;
    private final PeopleProvisioning provisioning;
    private final AssessmentSettingsService periods;
    private final PersonLookup lookup;
    private final Clock clock;

    MaturityService(MaturityAssessmentRepository assessments, FrameworkService frameworks, PeopleService people,
            PeopleProvisioning provisioning, AssessmentSettingsService periods, PersonLookup lookup, Clock clock) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.people = people;
        this.provisioning = provisioning;
        this.periods = periods;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** The tenant's enabled maturity models, in the reader's language where there is a translation. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<MaturityModel> models(Locale reader) {
        return frameworks.maturityModels(reader).stream().map(MaturityModel::of).toList();
    }

    /** The units the signed-in user may see: the organisation first, then teams by name. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<MaturityUnitSummary> units() {
        SkillboardUser me = CurrentUser.require();
        boolean admin = me.hasRole(Roles.TENANT_ADMIN);
        boolean person = me.personId() != null;
        List<MaturityUnitSummary> units = new ArrayList<>();
        units.add(new MaturityUnitSummary(MaturityUnit.ORGANISATION, null,
                person && (admin || me.hasRole(Roles.TEAM_LEAD)), admin));
        for (VisibleTeam team : people.visibleTeams()) {
            units.add(new MaturityUnitSummary(MaturityUnit.team(team.id()), team.name(),
                    person && (admin || team.role() != null), admin || team.role() == TeamRole.LEAD));
        }
        return units;
    }

    /** The signed-in user's worksheet for a unit: her draft if she saved one, else blank answers dated today. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Worksheet worksheet(String family, MaturityUnit unit, Locale reader) {
        MaturityUnitSummary summary = unitToAssess(unit);
        MaturityModel model = model(family, reader);
        List<MaturityAssessment> mine = assessments.findOfAssessor(family, unit.teamId(), me());
        LocalDate lastCompleted = mine.stream().filter(a -> a.getStatus() == MaturityStatus.COMPLETED)
                .map(MaturityAssessment::getAssessedOn).max(Comparator.naturalOrder()).orElse(null);
        Optional<MaturityAssessment> draft = draftOf(mine);
        WorksheetAnswers answers = draft.map(MaturityAssessment::answers)
                .orElseGet(() -> new WorksheetAnswers(LocalDate.now(clock), Map.of(), null, List.of()));
        return new Worksheet(model, summary, answers, draft.isPresent(), lastCompleted);
    }

    /** Saves the signed-in user's answers as a draft, to resume later; a draft counts nowhere. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional
    public void saveDraft(String family, MaturityUnit unit, WorksheetAnswers answers) {
        unitToAssess(unit);
        WorksheetAnswers checked = check(model(family, Locale.ROOT), clean(answers), false);
        draftToFill(family, unit).fill(checked);
    }

    /**
     * Hands in the signed-in user's worksheet: every dimension rated today and in five
     * years, an ambition, and two or three critical changes with owner and due date.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional
    public void complete(String family, MaturityUnit unit, WorksheetAnswers answers) {
        unitToAssess(unit);
        WorksheetAnswers checked = check(model(family, Locale.ROOT), clean(answers), true);
        MaturityAssessment assessment = draftToFill(family, unit);
        assessment.fill(checked);
        assessment.complete(Instant.now(clock));
    }

    /** Throws away the signed-in user's draft for a unit, if she has one. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional
    public void discardDraft(String family, MaturityUnit unit) {
        unitToAssess(unit);
        draftOf(assessments.findOfAssessor(family, unit.teamId(), me())).ifPresent(assessments::delete);
    }

    /** The rounds in which the units the user may see have completed assessments, newest first. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<MaturityRound> rounds(String family) {
        Set<MaturityUnit> visible = visibleUnits().keySet();
        Rounds rounds = rounds();
        Map<String, MaturityRound> used = new LinkedHashMap<>();
        assessments.findCompleted(family).stream().filter(a -> visible.contains(a.unit()))
                .map(a -> rounds.of(a.getAssessedOn())).forEach(round -> used.putIfAbsent(round.key(), round));
        return used.values().stream().sorted(Comparator.comparing(MaturityRound::from).reversed()).toList();
    }

    /**
     * A unit's result in a round ({@code roundKey}), or in the latest round it was assessed
     * in ({@code roundKey == null}). Refused for a unit the user may not see.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public UnitResult result(String family, MaturityUnit unit, String roundKey, Locale reader) {
        MaturityUnitSummary summary = visibleUnit(unit);
        MaturityModel model = model(family, reader);
        Rounds rounds = rounds();
        List<MaturityAssessment> ofUnit = assessments.findCompleted(family).stream()
                .filter(a -> a.unit().equals(unit)).toList();
        MaturityRound round = roundKey == null ? latestRound(ofUnit, rounds)
                : rounds.byKey(roundKey, ofUnit).orElse(null);
        return result(model, summary, round, ofUnit, rounds);
    }

    /** The result of every unit the user may see, each in the latest round it was assessed in. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<UnitResult> overview(String family, Locale reader) {
        MaturityModel model = model(family, reader);
        Rounds rounds = rounds();
        Map<MaturityUnit, List<MaturityAssessment>> byUnit = byUnit(assessments.findCompleted(family));
        return visibleUnits().values().stream().map(summary -> {
            List<MaturityAssessment> ofUnit = byUnit.getOrDefault(summary.unit(), List.of());
            return result(model, summary, latestRound(ofUnit, rounds), ofUnit, rounds);
        }).toList();
    }

    /** A unit's result in every round it was assessed in, oldest first. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<UnitResult> history(String family, MaturityUnit unit, Locale reader) {
        MaturityUnitSummary summary = visibleUnit(unit);
        MaturityModel model = model(family, reader);
        Rounds rounds = rounds();
        List<MaturityAssessment> ofUnit = assessments.findCompleted(family).stream()
                .filter(a -> a.unit().equals(unit)).toList();
        Map<String, MaturityRound> used = new LinkedHashMap<>();
        ofUnit.forEach(a -> used.putIfAbsent(rounds.of(a.getAssessedOn()).key(), rounds.of(a.getAssessedOn())));
        return used.values().stream().sorted(Comparator.comparing(MaturityRound::from))
                .map(round -> result(model, summary, round, ofUnit, rounds)).toList();
    }

    /**
     * Adds completed worksheets from a tenant's files. One the tenant already has (same
     * model, unit, assessor and day) is not added again, so loading a file twice adds
     * nothing. The caller checked that units, people, dimensions and levels exist.
     *
     * @return how many were added
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int provision(List<ProvisionedMaturityAssessment> incoming) {
        Set<String> personKeys = new HashSet<>();
        Set<String> teamKeys = new HashSet<>();
        incoming.forEach(row -> {
            personKeys.add(row.assessorKey());
            if (row.teamKey() != null) {
                teamKeys.add(row.teamKey());
            }
        });
        Map<String, Long> personIds = provisioning.idsByKey(personKeys);
        Map<String, Long> teamIds = provisioning.teamIdsByKey(teamKeys);
        Set<List<Object>> known = new HashSet<>();
        incoming.stream().map(ProvisionedMaturityAssessment::family).distinct()
                .flatMap(family -> assessments.findCompleted(family).stream())
                .forEach(a -> known.add(identity(a.getFamily(), a.unit(), a.getAssessorId(), a.getAssessedOn())));
        int added = 0;
        for (ProvisionedMaturityAssessment row : incoming) {
            MaturityUnit unit = row.teamKey() == null ? MaturityUnit.ORGANISATION
                    : MaturityUnit.team(Objects.requireNonNull(teamIds.get(row.teamKey()), row.teamKey()));
            long assessor = Objects.requireNonNull(personIds.get(row.assessorKey()), row.assessorKey());
            if (!known.add(identity(row.family(), unit, assessor, row.answers().assessedOn()))) {
                continue;
            }
            MaturityAssessment assessment = new MaturityAssessment(row.family(), unit, assessor,
                    row.answers().assessedOn());
            assessment.fill(row.answers());
            assessment.complete(Instant.now(clock));
            assessments.save(assessment);
            added++;
        }
        return added;
    }

    private static List<Object> identity(String family, MaturityUnit unit, long assessor, LocalDate day) {
        return java.util.Arrays.asList(family, unit.teamId(), assessor, day);
    }

    // --- results ---------------------------------------------------------------------------

    private UnitResult result(MaturityModel model, MaturityUnitSummary unit, MaturityRound round,
            List<MaturityAssessment> ofUnit, Rounds rounds) {
        if (round == null) {
            List<UnitResult.DimensionResult> empty = model.dimensions().stream()
                    .map(d -> new UnitResult.DimensionResult(d.code(), d.name(), UnitResult.Spread.of(List.of()),
                            UnitResult.Spread.of(List.of()))).toList();
            return new UnitResult(unit.unit(), unit.teamName(), null, 0, empty, List.of());
        }
        // each assessor's latest completed worksheet in the round
        Map<Long, MaturityAssessment> latest = new LinkedHashMap<>();
        ofUnit.stream().filter(a -> rounds.of(a.getAssessedOn()).key().equals(round.key()))
                .sorted(Comparator.comparing(MaturityAssessment::getAssessedOn)
                        .thenComparing(MaturityAssessment::getCompletedAt))
                .forEach(a -> latest.put(a.getAssessorId(), a));
        List<UnitResult.DimensionResult> dimensions = new ArrayList<>();
        for (MaturityModel.Dimension dimension : model.dimensions()) {
            List<Integer> today = new ArrayList<>();
            List<Integer> target = new ArrayList<>();
            for (MaturityAssessment assessment : latest.values()) {
                WorksheetAnswers.Choice choice = assessment.answers().choice(dimension.code());
                addRank(model, choice.today(), today);
                addRank(model, choice.target(), target);
            }
            dimensions.add(new UnitResult.DimensionResult(dimension.code(), dimension.name(),
                    UnitResult.Spread.of(today), UnitResult.Spread.of(target)));
        }
        long me = Optional.ofNullable(CurrentUser.require().personId()).orElse(-1L);
        List<MaturityAssessment> readable = latest.values().stream()
                .filter(a -> unit.mayReadAnswers() || a.getAssessorId() == me).toList();
        Map<Long, String> names = lookup.names(readable.stream().map(MaturityAssessment::getAssessorId).toList());
        List<UnitResult.AssessorAnswers> answers = readable.stream()
                .map(a -> new UnitResult.AssessorAnswers(a.getAssessorId(),
                        names.getOrDefault(a.getAssessorId(), "?"), a.answers(), a.getAssessorId() == me))
                .sorted(Comparator.comparing(UnitResult.AssessorAnswers::name)).toList();
        return new UnitResult(unit.unit(), unit.teamName(), round, latest.size(), dimensions, answers);
    }

    private static void addRank(MaturityModel model, String levelCode, List<Integer> ranks) {
        int rank = levelCode == null ? 0 : model.rankOf(levelCode);
        if (rank > 0) {
            ranks.add(rank);
        }
    }

    private static MaturityRound latestRound(List<MaturityAssessment> ofUnit, Rounds rounds) {
        return ofUnit.stream().map(MaturityAssessment::getAssessedOn).max(Comparator.naturalOrder())
                .map(rounds::of).orElse(null);
    }

    private static Map<MaturityUnit, List<MaturityAssessment>> byUnit(List<MaturityAssessment> all) {
        Map<MaturityUnit, List<MaturityAssessment>> byUnit = new HashMap<>();
        all.forEach(a -> byUnit.computeIfAbsent(a.unit(), unit -> new ArrayList<>()).add(a));
        return byUnit;
    }

    /** The tenant's assessment periods as rounds; a day outside every period falls in its calendar year. */
    private Rounds rounds() {
        return new Rounds(periods.periods().stream()
                .map(period -> new MaturityRound(period.key(), period.name(), period.startsOn(), period.endsOn()))
                .toList());
    }

    private record Rounds(List<MaturityRound> periods) {

        MaturityRound of(LocalDate day) {
            return periods.stream().filter(period -> period.contains(day)).findFirst()
                    .orElseGet(() -> MaturityRound.year(day));
        }

        Optional<MaturityRound> byKey(String key, Collection<MaturityAssessment> assessed) {
            return periods.stream().filter(period -> period.key().equals(key)).findFirst()
                    .or(() -> assessed.stream().map(a -> of(a.getAssessedOn()))
                            .filter(round -> round.key().equals(key)).findFirst());
        }
    }

    // --- rules -----------------------------------------------------------------------------

    private Map<MaturityUnit, MaturityUnitSummary> visibleUnits() {
        Map<MaturityUnit, MaturityUnitSummary> units = new LinkedHashMap<>();
        units().forEach(summary -> units.put(summary.unit(), summary));
        return units;
    }

    /** The unit, if the user may see it; refused the same way whether or not it exists. */
    private MaturityUnitSummary visibleUnit(MaturityUnit unit) {
        MaturityUnitSummary summary = visibleUnits().get(unit);
        if (summary == null) {
            throw new AccessDeniedException("Not a unit you may see");
        }
        return summary;
    }

    private MaturityUnitSummary unitToAssess(MaturityUnit unit) {
        MaturityUnitSummary summary = visibleUnit(unit);
        if (!summary.mayAssess()) {
            throw new AccessDeniedException("Not a unit you may assess");
        }
        return summary;
    }

    private MaturityModel model(String family, Locale reader) {
        return models(reader).stream().filter(model -> model.family().equals(family)).findFirst()
                .orElseThrow(() -> new UserFacingException("maturity.error.no-model"));
    }

    private long me() {
        return Objects.requireNonNull(CurrentUser.require().personId(), "checked by unitToAssess");
    }

    private Optional<MaturityAssessment> draftOf(List<MaturityAssessment> mine) {
        return mine.stream().filter(a -> a.getStatus() == MaturityStatus.DRAFT).findFirst();
    }

    private MaturityAssessment draftToFill(String family, MaturityUnit unit) {
        return draftOf(assessments.findOfAssessor(family, unit.teamId(), me())).orElseGet(() ->
                assessments.save(new MaturityAssessment(family, unit, me(), LocalDate.now(clock))));
    }

    /** Trims texts and drops changes left entirely blank. */
    private WorksheetAnswers clean(WorksheetAnswers answers) {
        List<WorksheetAnswers.Change> changes = answers.changes().stream()
                .map(change -> new WorksheetAnswers.Change(trim(change.description()), trim(change.owner()),
                        change.dueOn()))
                .filter(change -> change.description() != null || change.owner() != null || change.dueOn() != null)
                .toList();
        Map<String, WorksheetAnswers.Choice> choices = new HashMap<>();
        answers.choices().forEach((dimension, choice) -> {
            if (choice.today() != null || choice.target() != null) {
                choices.put(dimension, choice);
            }
        });
        return new WorksheetAnswers(answers.assessedOn() == null ? LocalDate.now(clock) : answers.assessedOn(),
                choices, trim(answers.ambition()), changes);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Every problem of answers as the worksheet would take them as a draft: levels and
     * dimensions the model has, a target never below today, dates and lengths. All of them,
     * not only the first, each with the answer it is about, for answers filled in elsewhere
     * (an uploaded sheet) to be pointed at one by one. Refused for a unit the user may not assess.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<WorksheetProblem> draftProblems(String family, MaturityUnit unit, WorksheetAnswers answers) {
        unitToAssess(unit);
        return problems(model(family, Locale.ROOT), clean(answers), false);
    }

    /** The answers if they keep the rules (see {@link #problems}), else refused with the first problem. */
    private WorksheetAnswers check(MaturityModel model, WorksheetAnswers answers, boolean complete) {
        List<WorksheetProblem> problems = problems(model, answers, complete);
        if (!problems.isEmpty()) {
            WorksheetProblem first = problems.getFirst();
            throw new UserFacingException(first.messageKey(), first.arguments().toArray());
        }
        return answers;
    }

    /**
     * Checks answers against the model: always that levels and dimensions exist, dates and
     * lengths; to complete, also that nothing is missing.
     */
    private List<WorksheetProblem> problems(MaturityModel model, WorksheetAnswers answers, boolean complete) {
        List<WorksheetProblem> problems = new ArrayList<>();
        if (answers.assessedOn().isAfter(LocalDate.now(clock))) {
            problems.add(WorksheetProblem.of(WorksheetProblem.Answer.DATE, "maturity.error.future-date"));
        }
        answers.choices().keySet().stream().filter(code -> !model.hasDimension(code)).sorted()
                .forEach(code -> problems.add(WorksheetProblem.ofDimension(WorksheetProblem.Answer.TODAY, code,
                        "maturity.error.unknown-dimension", code)));
        for (MaturityModel.Dimension dimension : model.dimensions()) {
            WorksheetAnswers.Choice choice = answers.choice(dimension.code());
            boolean todayKnown = checkLevel(model, choice.today(), dimension, WorksheetProblem.Answer.TODAY,
                    problems);
            boolean targetKnown = checkLevel(model, choice.target(), dimension, WorksheetProblem.Answer.TARGET,
                    problems);
            if (complete && choice.today() == null) {
                problems.add(WorksheetProblem.ofDimension(WorksheetProblem.Answer.TODAY, dimension.code(),
                        "maturity.error.missing-today", dimension.name()));
            }
            if (complete && choice.target() == null) {
                problems.add(WorksheetProblem.ofDimension(WorksheetProblem.Answer.TARGET, dimension.code(),
                        "maturity.error.missing-target", dimension.name()));
            }
            if (todayKnown && targetKnown && choice.today() != null && choice.target() != null
                    && model.rankOf(choice.target()) < model.rankOf(choice.today())) {
                problems.add(WorksheetProblem.ofDimension(WorksheetProblem.Answer.TARGET, dimension.code(),
                        "maturity.error.target-below-today", dimension.name()));
            }
        }
        if (answers.ambition() != null && answers.ambition().length() > MAX_AMBITION) {
            problems.add(WorksheetProblem.of(WorksheetProblem.Answer.AMBITION, "maturity.error.ambition-too-long",
                    MAX_AMBITION));
        }
        if (complete && answers.ambition() == null) {
            problems.add(WorksheetProblem.of(WorksheetProblem.Answer.AMBITION, "maturity.error.missing-ambition"));
        }
        if (answers.changes().size() > MAX_CHANGES) {
            problems.add(WorksheetProblem.of(WorksheetProblem.Answer.CHANGES, "maturity.error.too-many-changes",
                    MAX_CHANGES));
        }
        if (complete && answers.changes().size() < MIN_CHANGES) {
            problems.add(WorksheetProblem.of(WorksheetProblem.Answer.CHANGES, "maturity.error.too-few-changes",
                    MIN_CHANGES));
        }
        for (int i = 0; i < answers.changes().size(); i++) {
            checkChange(answers.changes().get(i), i + 1, answers.assessedOn(), complete, problems);
        }
        return problems;
    }

    /** Whether the level is open or one of the model's; a problem about the answer if not. */
    private static boolean checkLevel(MaturityModel model, String code, MaturityModel.Dimension dimension,
            WorksheetProblem.Answer answer, List<WorksheetProblem> problems) {
        if (code != null && model.rankOf(code) == 0) {
            problems.add(WorksheetProblem.ofDimension(answer, dimension.code(), "maturity.error.unknown-level", code));
            return false;
        }
        return true;
    }

    private static void checkChange(WorksheetAnswers.Change change, int number, LocalDate assessedOn,
            boolean complete, List<WorksheetProblem> problems) {
        if (change.description() == null) {
            problems.add(WorksheetProblem.ofChange(WorksheetProblem.Answer.CHANGE_DESCRIPTION, number,
                    "maturity.error.change-without-text", number));
        } else if (change.description().length() > MAX_CHANGE) {
            problems.add(WorksheetProblem.ofChange(WorksheetProblem.Answer.CHANGE_DESCRIPTION, number,
                    "maturity.error.change-too-long", number, MAX_CHANGE));
        }
        if (change.owner() != null && change.owner().length() > MAX_OWNER) {
            problems.add(WorksheetProblem.ofChange(WorksheetProblem.Answer.CHANGE_OWNER, number,
                    "maturity.error.owner-too-long", number, MAX_OWNER));
        }
        if (complete && change.owner() == null) {
            problems.add(WorksheetProblem.ofChange(WorksheetProblem.Answer.CHANGE_OWNER, number,
                    "maturity.error.change-without-owner", number));
        }
        if (complete && change.dueOn() == null) {
            problems.add(WorksheetProblem.ofChange(WorksheetProblem.Answer.CHANGE_DUE, number,
                    "maturity.error.change-without-due-date", number));
        }
        if (change.dueOn() != null && assessedOn != null && change.dueOn().isBefore(assessedOn)) {
            problems.add(WorksheetProblem.ofChange(WorksheetProblem.Answer.CHANGE_DUE, number,
                    "maturity.error.change-due-before", number));
        }
    }
}
