package org.skillboard.base;

/**
 * A refusal the user can act on. It carries a message key and arguments,
 * translated by the view into the user's language; never a stack trace. Its
 * {@link #getMessage()} is the English text, for logs and file-loading reports.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(Message.of(messageKey, arguments).english());
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
