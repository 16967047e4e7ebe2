package org.skillboard.base;

import java.util.Collection;

/**
 * When a read by a list of ids is better done as a read of the tenant's rows filtered in
 * memory. H2 (the zero-setup database) checks an {@code IN} list of bind parameters row by
 * row instead of through an index; with a thousand ids that costs seconds. Above this size
 * the services read the tenant's rows (the tenant filter still applies) and keep the ones
 * asked for, which costs the same on MariaDB and little on H2.
 */
public final class BulkReads {

    public static final int LARGE_SELECTION = 200;

    private BulkReads() {
    }

    public static boolean large(Collection<?> ids) {
        return ids.size() > LARGE_SELECTION;
    }
}
