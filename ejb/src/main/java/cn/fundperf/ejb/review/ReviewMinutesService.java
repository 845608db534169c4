package cn.fundperf.ejb.review;

import static cn.fundperf.ejb.permission.Permission.REVIEW_MANAGE;
import static cn.fundperf.ejb.permission.Permission.REVIEW_TAKE_PART;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * 会议纪要 of a review round. Whoever sees the round reads them (finance of the jurisdiction, the
 * members); finance of the round's jurisdiction records them, as a draft and then final. Minutes not
 * yet recorded read as a blank form to start from (version 0).
 */
@Stateless
public class ReviewMinutesService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Guarded(REVIEW_TAKE_PART)
    public ReviewMinutes minutes(@InScope(ReviewRound.class) long roundId) {
        ReviewRound round = em.find(ReviewRound.class, roundId);
        return ReviewMinutes.ofRound(em, round).orElseGet(() -> ReviewMinutes.blank(round, currentActor.get().displayName()));
    }

    /** The recorder keeps a draft; {@code version} 0 for minutes not recorded yet. */
    @Guarded(value = REVIEW_MANAGE, audit = "review.minutesSaved")
    public ReviewMinutes saveMinutes(@InScope(ReviewRound.class) long roundId, long version, MinutesDraft draft) {
        ReviewMinutes minutes = recorded(roundId, version, draft);
        audit.change(null, summary(minutes));
        return minutes;
    }

    /** 定稿: recorded and made final in one step; from now on the minutes never change. */
    @Guarded(value = REVIEW_MANAGE, audit = "review.minutesFinalized")
    public ReviewMinutes finalizeMinutes(@InScope(ReviewRound.class) long roundId, long version, MinutesDraft draft) {
        ReviewMinutes minutes = recorded(roundId, version, draft);
        minutes.finalizeMinutes(currentActor.get().username(), now());
        audit.change(MinutesStatus.DRAFT.name(), summary(minutes));
        return minutes;
    }

    private ReviewMinutes recorded(long roundId, long version, MinutesDraft draft) {
        ReviewRound round = em.find(ReviewRound.class, roundId);
        Actor actor = currentActor.get();
        // a member who may open rounds elsewhere still records only the rounds of their own jurisdiction
        actor.scope().require(round, roundId);
        // one after the other with the chair's conclusions: the last conclusion closes the round and with it the minutes
        em.lock(round, LockModeType.PESSIMISTIC_WRITE);
        ReviewMinutes minutes = ReviewMinutes.ofRound(em, round).orElse(null);
        if (minutes == null) {
            StaleVersionException.requireSame("ReviewMinutes", roundId, 0, version);
            minutes = ReviewMinutes.blank(round, actor.displayName());
            minutes.record(draft, actor.username(), now());
            em.persist(minutes);
        } else {
            StaleVersionException.requireSame("ReviewMinutes", minutes.getId(), minutes.getVersion(), version);
            minutes.record(draft, actor.username(), now());
        }
        em.flush();
        return minutes;
    }

    private static String summary(ReviewMinutes minutes) {
        return minutes.getStatus() + " " + minutes.getMeetingDate() + " " + (minutes.getPlace() == null ? "" : minutes.getPlace())
                + ", absent " + minutes.absentCount() + ", decisions "
                + minutes.getDecisions().stream().filter(d -> d.getText() != null).count() + "/" + minutes.getDecisions().size();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
