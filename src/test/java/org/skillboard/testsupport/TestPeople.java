package org.skillboard.testsupport;

import java.util.stream.Stream;
import org.skillboard.people.PeopleService;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Finds the people of {@link TestTenants#yaml} by role, as the tenant's admin sees them. */
public final class TestPeople {

    private TestPeople() {
    }

    /**
     * @param who lead, member, lead2, other or nologin
     */
    public static long id(PeopleService people, UserDetailsService users, String who, String slug) {
        String prefix = switch (who) {
            case "lead" -> "Lead ";
            case "member" -> "Member ";
            case "other" -> "Other member ";
            case "lead2" -> "Second lead ";
            case "nologin" -> "No login ";
            default -> throw new IllegalArgumentException(who);
        };
        SignIn.as(users, TestTenants.login("admin", slug));
        try {
            return people.myTeams().stream()
                    .flatMap(team -> Stream.concat(team.leads().stream(), team.members().stream()))
                    .filter(person -> person.name().startsWith(prefix)).findFirst().orElseThrow().personId();
        } finally {
            SignIn.out();
        }
    }
}
