package io.kine.infra.messaging;

/** A message was sent outside any login and without an explicit actor: a programming error. */
public class MissingActor extends IllegalStateException {

    MissingActor(String messageType) {
        super(messageType + " has no actor and organization; every message must say who sends it");
    }
}
