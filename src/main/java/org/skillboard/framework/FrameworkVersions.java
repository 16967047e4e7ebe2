package org.skillboard.framework;

import java.util.List;
import org.skillboard.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a framework, for the library: a retired version stays readable, and what changed
 * between two versions is listed, so that a reader sees what older assessments were made against.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkVersions {

    private final FrameworkRepository frameworks;

    FrameworkVersions(FrameworkRepository frameworks) {
        this.frameworks = frameworks;
    }

    /** Every version of the framework a version belongs to, newest first; none of an archived framework. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<FrameworkSummary> versions(long frameworkId) {
        Framework framework = readable(frameworkId);
        return frameworks.findVersions(framework.getKey()).stream().map(FrameworkSummary::of).toList();
    }

    /** What changed from one version to another of the same framework. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public VersionChanges changes(long fromId, long toId) {
        Framework from = readable(fromId);
        Framework to = readable(toId);
        if (!from.getKey().equals(to.getKey())) {
            throw new UserFacingException("framework.error.not-found");
        }
        return VersionChanges.between(from.definition(), to.definition());
    }

    private Framework readable(long frameworkId) {
        return frameworks.findById(frameworkId).filter(framework -> !framework.isArchived())
                .orElseThrow(() -> new UserFacingException("framework.error.not-found"));
    }
}
