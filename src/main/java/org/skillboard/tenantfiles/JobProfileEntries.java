package org.skillboard.tenantfiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillboard.base.UserFacingException;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the job profiles of a tenant file, and who has which, once the tenant's
 * frameworks are loaded (a profile names their items). Each profile is applied on its
 * own: one that names an unknown item or level is reported and the others still load.
 */
@Component
class JobProfileEntries {

    private static final Logger log = LoggerFactory.getLogger(JobProfileEntries.class);

    private final JobProfileService jobProfiles;
    private final TransactionTemplate tx;

    JobProfileEntries(JobProfileService jobProfiles, TransactionTemplate tx) {
        this.jobProfiles = jobProfiles;
        this.tx = tx;
    }

    List<String> apply(long tenantId, String label, TenantFile file) {
        List<String> problems = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        SystemIdentity.callInTenant(tenantId, () -> {
            for (TenantFile.JobProfileEntry profile : file.jobProfiles()) {
                Map<ItemRef, String> requires = new LinkedHashMap<>();
                profile.requires().forEach((ref, level) -> {
                    int slash = ref.indexOf('/');
                    requires.put(new ItemRef(ref.substring(0, slash), ref.substring(slash + 1)), level);
                });
                try {
                    tx.executeWithoutResult(status -> jobProfiles.provisionProfile(profile.key(), profile.name(),
                            profile.description(), requires));
                    loaded.add(profile.key());
                } catch (UserFacingException e) {
                    problems.add(label + ":" + profile.line() + ": job-profiles: “" + profile.key()
                            + "” was not loaded: " + e.getMessage());
                }
            }
            for (TenantFile.PersonEntry person : file.people()) {
                if (person.jobProfile() != null && loaded.contains(person.jobProfile())) {
                    tx.executeWithoutResult(status -> jobProfiles.provisionAssignment(person.key(),
                            person.jobProfile()));
                }
            }
            return null;
        });
        problems.forEach(problem -> log.error("Job profile not loaded: {}", problem));
        return problems;
    }
}
