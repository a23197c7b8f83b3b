package io.kine.command;

/** The caller's roles do not grant what the message needs. */
public final class AccessDenied extends Rejection {

    public AccessDenied(String permission) {
        super(Kind.FORBIDDEN, "access-denied", "error.accessDenied", "Missing permission " + permission);
    }
}
