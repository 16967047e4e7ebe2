package org.skillboard.framework.editor;

import java.io.StringReader;
import java.util.List;
import org.skillboard.base.Message;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkFileReader;
import org.skillboard.framework.FrameworkFileWriter;

/**
 * Checks a framework written in the app by the loader's own rules: it is written out as its file and read back
 * by {@link FrameworkFileReader}, so that the editor and an uploaded file can never disagree on what is allowed.
 * The file's lines mean nothing to someone typing in a form, so problems keep only the field, in words.
 */
final class DraftCheck {

    private DraftCheck() {
    }

    static List<DraftProblem> problems(FrameworkDefinition draft) {
        YamlProblems problems = new YamlProblems();
        FrameworkFileReader.read(draft.key() + ".yaml", draft.key(),
                new StringReader(FrameworkFileWriter.write(DraftTexts.forChecking(draft))), problems);
        return problems.all().stream().map(DraftCheck::withoutLine).toList();
    }

    private static DraftProblem withoutLine(YamlProblem problem) {
        Message where = problem.where();
        // "Line 19, the level G of the item …" becomes "the level G of the item …"
        Message field = where.key().equals("yaml.where.line-of") ? (Message) where.arguments().get(1) : null;
        return new DraftProblem(problem.field(), field, problem.what());
    }
}
