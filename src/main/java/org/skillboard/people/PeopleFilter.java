package org.skillboard.people;

/**
 * Which people the tenant admin's list shows; every part is optional ({@code null}: any).
 *
 * @param text   contained in the name, key, e-mail or job title, in any case
 * @param teamId in this team (as lead or member)
 * @param status still here, or left
 * @param place  lead of a team in use, member of one, or in no team in use
 */
public record PeopleFilter(String text, Long teamId, Status status, Place place) {

    /** Everybody, leavers too. */
    public static final PeopleFilter EVERYONE = new PeopleFilter(null, null, null, null);

    public PeopleFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public enum Status {
        ACTIVE, LEFT
    }

    public enum Place {
        LEAD, MEMBER, NO_TEAM
    }

    public PeopleFilter withText(String newText) {
        return new PeopleFilter(newText, teamId, status, place);
    }

    public PeopleFilter withTeam(Long newTeamId) {
        return new PeopleFilter(text, newTeamId, status, place);
    }

    public PeopleFilter withStatus(Status newStatus) {
        return new PeopleFilter(text, teamId, newStatus, place);
    }

    public PeopleFilter withPlace(Place newPlace) {
        return new PeopleFilter(text, teamId, status, newPlace);
    }
}
