package cn.fundperf.web.faces;

import jakarta.faces.context.FacesContext;

/**
 * Pages for anyone (信息公开) keep no view state: the view is built afresh on every request, also
 * when one of its buttons posts, so a visitor costs the server no session.
 */
public final class StatelessView {

    private StatelessView() {
    }

    /** Called by the page's request-scoped bean when it is made, that is while the view is being built. */
    public static void keepNoState() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setTransient(true);
        }
    }
}
