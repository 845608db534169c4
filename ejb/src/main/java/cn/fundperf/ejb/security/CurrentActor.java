package cn.fundperf.ejb.security;

import cn.fundperf.ejb.audit.CurrentParty;
import cn.fundperf.ejb.business.NotPermittedException;
import jakarta.enterprise.context.RequestScoped;

/**
 * The actor of the current request or timer callback. The web layer sets it from the signed-in
 * subject; timers set a system actor. Services read it; nobody else decides who is calling.
 */
@RequestScoped
public class CurrentActor implements CurrentParty {

    private Actor actor;

    public void set(Actor actor) {
        this.actor = actor;
    }

    public boolean isPresent() {
        return actor != null;
    }

    @Override
    public Actor get() {
        if (actor == null) {
            throw new NotPermittedException("authenticated");
        }
        return actor;
    }
}
