package org.skillboard.framework.editor;

import org.skillboard.base.UserFacingException;
import org.skillboard.framework.FrameworkDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft's definition as stored: JSON, which keeps a half-written framework as it is (an item without a name, a
 * scale without levels) where the framework file format would refuse it. Bounded by the framework upload limit, so
 * that the editor cannot keep more than an upload could bring.
 */
final class DraftBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DraftBodies() {
    }

    static String write(FrameworkDefinition definition, long maxBytes) {
        String body = JSON.writeValueAsString(definition);
        if (body.length() > maxBytes) {
            throw new UserFacingException("framework-editor.error.too-large");
        }
        return body;
    }

    static FrameworkDefinition read(String body) {
        return JSON.readValue(body, FrameworkDefinition.class);
    }
}
