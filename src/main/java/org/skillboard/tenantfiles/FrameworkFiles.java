package org.skillboard.tenantfiles;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkFileReader;
import org.skillboard.framework.FrameworkInstaller;
import org.skillboard.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the framework files a tenant file lists ({@code frameworks/<id>.yaml}).
 * Each file is applied on its own, in its own transaction, and only when it
 * changed since it was last applied; a broken file is reported and skipped.
 */
@Component
class FrameworkFiles {

    static final String FOLDER = "frameworks";
    private static final Logger log = LoggerFactory.getLogger(FrameworkFiles.class);

    private final FrameworkInstaller installer;
    private final TenantFileStateRepository states;
    private final TransactionTemplate tx;

    FrameworkFiles(FrameworkInstaller installer, TenantFileStateRepository states, TransactionTemplate tx) {
        this.installer = installer;
        this.states = states;
        this.tx = tx;
    }

    /**
     * Applies the listed frameworks to the tenant and gives the problems found, each
     * naming file, line and field.
     *
     * @param files gives a framework file's content by id, empty when there is no such file
     */
    List<String> load(long tenantId, String folderLabel, List<String> ids, Function<String, Optional<String>> files) {
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            String name = FOLDER + "/" + id + ".yaml";
            String label = folderLabel + "/" + name;
            Optional<String> content = files.apply(id);
            if (content.isEmpty()) {
                problems.add(label + ":1: the tenant file lists this framework, but the file does not exist");
                continue;
            }
            try {
                SystemIdentity.callInTenant(tenantId, () -> tx.execute(status -> {
                    apply(label, name, id, content.get(), problems);
                    return null;
                }));
            } catch (UserFacingException e) {
                problems.add(label + ":1: " + e.getMessage());
            }
        }
        problems.forEach(problem -> log.error("Framework file not loaded: {}", problem));
        return problems;
    }

    private void apply(String label, String name, String id, String content, List<String> problems) {
        String checksum = Checksums.sha256(content);
        boolean unchanged = states.findByFileName(name).map(state -> state.getChecksum().equals(checksum))
                .orElse(false);
        if (unchanged) {
            return;
        }
        YamlProblems found = new YamlProblems();
        Optional<FrameworkDefinition> definition = FrameworkFileReader.read(label, id, new StringReader(content),
                found);
        if (definition.isEmpty()) {
            found.all().forEach(problem -> problems.add(problem.toString()));
            return;
        }
        FrameworkInstaller.Outcome outcome = installer.install(definition.get());
        states.findByFileName(name).ifPresentOrElse(state -> state.applied(checksum),
                () -> states.save(new TenantFileState(name, checksum)));
        log.info("Framework {} {}", label, outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
