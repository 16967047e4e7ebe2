package org.skillboard.base;

/**
 * What the data says about a person, read at every request of a signed-in user so
 * that roles follow the data: whether the person is still active (a leaver is not,
 * and her login stops working) and whether she leads a team (which makes her a
 * team lead). Implemented by the people feature; read in the user's tenant.
 */
public interface PersonStanding {

    Standing of(long personId);

    record Standing(boolean active, boolean leadsATeam) {

        public static final Standing GONE = new Standing(false, false);
    }
}
