package cn.fundperf.ejb.review;

import static cn.fundperf.ejb.permission.Permission.PROJECT_READ;
import static cn.fundperf.ejb.permission.Permission.REVIEW_MANAGE;
import static cn.fundperf.ejb.permission.Permission.REVIEW_TAKE_PART;

import cn.fundperf.ejb.audit.UseCaseAudit;
import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.business.StaleVersionException;
import cn.fundperf.ejb.notification.NotificationKind;
import cn.fundperf.ejb.notification.Outbox;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.reference.FundCategory;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.ejb.security.PeopleNames;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.security.UserAccount;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorQuality;
import cn.fundperf.ejb.targetsheet.IndicatorTemplate;
import cn.fundperf.ejb.targetsheet.ReviewConclusion;
import cn.fundperf.ejb.targetsheet.SheetConditions;
import cn.fundperf.ejb.targetsheet.SupersededIndicators;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import cn.fundperf.ejb.targetsheet.TargetSheetEvent;
import cn.fundperf.ejb.targetsheet.TargetVersion;
import cn.fundperf.ejb.targetsheet.VersionDiff;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 审核 (plan §五): finance opens rounds over submitted sheets; members rate and sign; the chair
 * concludes. Members see a round because they sit on it (third-party experts see nothing else);
 * finance sees the rounds of its jurisdiction.
 */
@Stateless
public class ReviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PeopleNames peopleNames;

    @Inject
    UseCaseAudit audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A page of the submitted sheets of a year that finance may put into a round, by department or category if given. */
    @Guarded(REVIEW_MANAGE)
    public List<TargetSheet> candidates(int year, @Unscoped("narrows the caller\'s scope") Long departmentId, @Unscoped("reference data") Long categoryId, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TargetSheet> query = cb.createQuery(TargetSheet.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        query.where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(TargetSheetStatus.SUBMITTED), departmentId, categoryId))
                .orderBy(cb.asc(sheet.get("project").get("code")), cb.asc(sheet.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    @Guarded(REVIEW_MANAGE)
    public long candidatesCount(int year, @Unscoped("narrows the caller\'s scope") Long departmentId, @Unscoped("reference data") Long categoryId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        query.select(cb.count(sheet))
                .where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(TargetSheetStatus.SUBMITTED), departmentId, categoryId));
        return em.createQuery(query).getSingleResult();
    }

    /** One candidate picked on an earlier page of the list: a submitted sheet in the caller's scope. */
    @Guarded(REVIEW_MANAGE)
    public TargetSheet candidate(@InScope(TargetSheet.class) long sheetId) {
        return submittedSheet(sheetId);
    }

    /** Users of the caller's jurisdiction who may sit on a committee: active, with a role that takes part in reviews. */
    @Guarded(REVIEW_MANAGE)
    public List<Appointment> eligibleMembers() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> query = cb.createQuery(UserAccount.class);
        Root<UserAccount> user = query.from(UserAccount.class);
        var organization = user.join("organization");
        // the roles are chosen in the database: a province has thousands of users, few of them reviewers
        List<Role> reviewing = Arrays.stream(Role.values()).filter(r -> r.grants(REVIEW_TAKE_PART)).toList();
        var withRole = query.subquery(Long.class);
        var same = withRole.correlate(user);
        withRole.select(same.get("id")).where(same.join("roles").in(reviewing));
        query.where(cb.isTrue(user.get("enabled")), cb.exists(withRole),
                        currentActor.get().scope().restrict(cb, organization.get("path"), organization.get("regionPath")))
                .orderBy(cb.asc(organization.get("code")), cb.asc(user.get("username")));
        return em.createQuery(query).getResultList().stream().map(u -> appointment(u, false)).toList();
    }

    @Guarded(value = REVIEW_MANAGE, audit = "review.roundOpened")
    public ReviewRound openRound(OpenRoundRequest request) {
        List<TargetSheet> sheets = switch (request.selection() == null ? RoundSelection.HAND_PICKED : request.selection()) {
            case DEPARTMENT -> submittedSheets(request.fiscalYear(), require(request.departmentId(), "review.round.departmentRequired"), null);
            case CATEGORY -> submittedSheets(request.fiscalYear(), null, require(request.categoryId(), "review.round.categoryRequired"));
            case HAND_PICKED -> request.sheetIds().stream().distinct().map(this::submittedSheet).toList();
        };
        List<Appointment> committee = new ArrayList<>();
        List<Long> memberIds = new ArrayList<>();
        for (String username : request.memberUsernames().stream().distinct().toList()) {
            UserAccount member = member(username);
            committee.add(appointment(member, username.equals(request.chairUsername())));
            memberIds.add(member.getId());
        }
        Actor actor = currentActor.get();
        Organization office = em.find(Organization.class, actor.organizationId());
        ReviewRound round = new ReviewRound(request.fiscalYear(), request.title(), request.selection(),
                selectionLabel(request), committee, sheets, office.getPath(), office.getRegionPath(), actor.username(), now());
        em.persist(round);
        em.flush();
        audit.subject("ReviewRound", round.getId());
        audit.change(null, round.getTitle() + ": " + sheets.size() + " sheets, members " + String.join(",", request.memberUsernames())
                        + ", chair " + request.chairUsername());
        outbox.toUsers(memberIds, NotificationKind.REVIEW_ROUND_OPENED, "notification.reviewRoundOpened",
                List.of(round.getTitle(), sheets.size()), "/app/review/round.xhtml?id=" + round.getId());
        return round;
    }

    /** A page of the rounds the caller may see, newest first: those of finance's jurisdiction, and those the caller sits on. */
    @Guarded(REVIEW_TAKE_PART)
    public List<ReviewRound> rounds(int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ReviewRound> query = cb.createQuery(ReviewRound.class);
        Root<ReviewRound> round = query.from(ReviewRound.class);
        query.where(visibleRounds(cb, query, round)).orderBy(cb.desc(round.get("openedAt")), cb.desc(round.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    @Guarded(REVIEW_TAKE_PART)
    public long roundsCount() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ReviewRound> round = query.from(ReviewRound.class);
        query.select(cb.count(round)).where(visibleRounds(cb, query, round));
        return em.createQuery(query).getSingleResult();
    }

    private Predicate visibleRounds(CriteriaBuilder cb, CriteriaQuery<?> query, Root<ReviewRound> round) {
        Actor actor = currentActor.get();
        var member = query.subquery(Long.class);
        var seat = member.from(ReviewMember.class);
        member.select(seat.get("id")).where(cb.equal(seat.get("round"), round), cb.equal(seat.get("username"), actor.username()));
        Predicate mine = cb.exists(member);
        return actor.may(REVIEW_MANAGE)
                ? cb.or(mine, actor.scope().restrict(cb, round.get("organizationPath"), round.get("regionPath")))
                : mine;
    }

    @Guarded(REVIEW_TAKE_PART)
    public ReviewRound round(@InScope(ReviewRound.class) long roundId) {
        return em.find(ReviewRound.class, roundId);
    }

    /** Everything a reviewer needs for one sheet, side by side. */
    @Guarded(REVIEW_TAKE_PART)
    public ReviewPackage reviewPackage(@InScope(ReviewItem.class) long itemId) {
        ReviewItem item = em.find(ReviewItem.class, itemId);
        TargetSheet sheet = item.getSheet();
        List<IndicatorTemplate> templates = em.createQuery("select t from IndicatorTemplate t where t.category = :category", IndicatorTemplate.class)
                .setParameter("category", sheet.getProject().getCategory()).getResultList();
        Map<Long, IndicatorTemplate> byId = new HashMap<>();
        Map<String, IndicatorTemplate> byName = new HashMap<>();
        templates.forEach(t -> {
            byId.put(t.getId(), t);
            byName.putIfAbsent(t.getLevel2() + "|" + t.getName(), t);
        });
        List<IndicatorLine> lines = sheet.lines();
        List<ReviewPackage.ReviewedLine> reviewed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            IndicatorTemplate template = line.templateId() != null ? byId.get(line.templateId()) : byName.get(line.level2() + "|" + line.name());
            reviewed.add(new ReviewPackage.ReviewedLine(i + 1, line, template == null ? "" : template.getUsualText()));
        }
        String username = currentActor.get().username();
        ReviewOpinion own = item.opinionOf(username).orElse(null);
        boolean seesAll = own == null || own.isSigned() || item.isConcluded();
        List<ReviewOpinion> visible = item.getOpinions().stream()
                .filter(o -> o != own && o.isSigned() && seesAll).toList();
        TargetVersion inForce = sheet.isAdjusting() ? TargetVersion.numbered(em, sheet, sheet.getReleasedVersion()).orElse(null) : null;
        List<VersionDiff.LineChange> changes = inForce == null ? List.of()
                : VersionDiff.between(inForce.lines(), lines).stream().filter(c -> c.kind() != VersionDiff.Kind.UNCHANGED).toList();
        return new ReviewPackage(item, sheet, reviewed, sheet.getHistory(), IndicatorQuality.warnings(lines, templates),
                own, visible, item.getRound().isChair(username), inForce, changes,
                peopleNames.of(sheet.getHistory().stream().map(TargetSheetEvent::getActor).toList()));
    }

    /** The member keeps a draft of their opinion. */
    @Guarded(value = REVIEW_TAKE_PART, audit = "review.opinionSaved")
    public ReviewOpinion saveOpinion(@InScope(ReviewItem.class) long itemId, long opinionVersion, OpinionDraft draft) {
        ReviewOpinion opinion = ownOpinion(itemId, opinionVersion);
        opinion.record(draft, now());
        audit.subject("ReviewOpinion", opinion.getId());
        return opinion;
    }

    /** The member signs; from now on the opinion is fixed. */
    @Guarded(value = REVIEW_TAKE_PART, audit = "review.opinionSigned")
    public ReviewOpinion signOpinion(@InScope(ReviewItem.class) long itemId, long opinionVersion, OpinionDraft draft) {
        ReviewOpinion opinion = ownOpinion(itemId, opinionVersion);
        opinion.record(draft, now());
        opinion.sign(now());
        audit.subject("ReviewOpinion", opinion.getId());
        audit.change(null, ratings(opinion));
        return opinion;
    }

    /** The chair's conclusion on one sheet; the sheet (and its project's status) follow at once. */
    @Guarded(value = REVIEW_TAKE_PART, audit = "review.concluded")
    public ReviewItem conclude(@InScope(ReviewItem.class) long itemId, long itemVersion, ReviewConclusion conclusion, String reason) {
        ReviewItem item = em.find(ReviewItem.class, itemId);
        StaleVersionException.requireSame("ReviewItem", itemId, item.getVersion(), itemVersion);
        // conclusions of one round one after another, so that the last one sees the others and closes the round
        em.lock(item.getRound(), LockModeType.PESSIMISTIC_WRITE);
        if (conclusion == null) {
            throw new InvalidInputException("review.conclusion.required");
        }
        TargetSheet sheet = item.getSheet();
        TargetSheetStatus before = sheet.getStatus();
        item.conclude(conclusion, reason, currentActor.get().username(), now());
        sheet.conclude(conclusion, reason, TargetVersion.inForce(em, sheet), currentActor.get().username(), now());
        SupersededIndicators.purge(em, sheet);
        audit.subject("TargetSheet", sheet.getId());
        audit.change(before.name(),
                sheet.getStatus().name() + " (" + conclusion + (reason == null ? "" : ": " + reason) + ")");
        return item;
    }

    /** The signed opinions and conclusion of the latest round a sheet went through, for its unit and department. */
    @Guarded(PROJECT_READ)
    public Optional<ReviewItem> latestReview(@InScope(TargetSheet.class) long sheetId) {
        TargetSheet sheet = em.find(TargetSheet.class, sheetId);
        return em.createQuery("select i from ReviewItem i where i.sheet = :sheet and i.conclusion is not null "
                        + "order by i.concludedAt desc", ReviewItem.class)
                .setParameter("sheet", sheet).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** 绩效目标审核意见表 of one sheet (xlsx or PDF), with the minutes' decision on it when minutes are recorded. */
    @Guarded(value = REVIEW_TAKE_PART, audit = "review.opinionFormExported")
    public byte[] opinionForm(@InScope(ReviewItem.class) long itemId, boolean pdf) {
        ReviewItem item = em.find(ReviewItem.class, itemId);
        audit.change(null, pdf ? "pdf" : "xlsx");
        List<ReviewOpinionForm> forms = List.of(ReviewOpinionForm.of(item));
        MinutesForm minutes = ReviewMinutes.ofRound(em, item.getRound()).map(m -> MinutesForm.of(m, itemId)).orElse(null);
        return pdf ? ReviewOpinionPdf.write(forms, minutes) : ReviewOpinionWorkbook.write(forms, minutes);
    }

    /** 审核意见表 of every sheet of a round: one worksheet (xlsx) or one page (PDF) each, then the 会议纪要 if recorded. */
    @Guarded(value = REVIEW_TAKE_PART, audit = "review.opinionFormExported")
    public byte[] opinionForms(@InScope(ReviewRound.class) long roundId, boolean pdf) {
        ReviewRound round = em.find(ReviewRound.class, roundId);
        audit.change(null, (pdf ? "pdf, " : "xlsx, ") + round.getItems().size() + " sheets");
        List<ReviewOpinionForm> forms = round.getItems().stream().map(ReviewOpinionForm::of).toList();
        MinutesForm minutes = ReviewMinutes.ofRound(em, round).map(m -> MinutesForm.of(m, null)).orElse(null);
        return pdf ? ReviewOpinionPdf.write(forms, minutes) : ReviewOpinionWorkbook.write(forms, minutes);
    }

    private ReviewOpinion ownOpinion(long itemId, long opinionVersion) {
        ReviewItem item = em.find(ReviewItem.class, itemId);
        ReviewOpinion opinion = item.opinionOf(currentActor.get().username())
                .orElseThrow(() -> new OutOfScopeException("ReviewItem", itemId));
        StaleVersionException.requireSame("ReviewOpinion", opinion.getId(), opinion.getVersion(), opinionVersion);
        if (item.isConcluded()) {
            throw new InvalidInputException("review.conclusion.done", item.getConclusion());
        }
        return opinion;
    }

    private List<TargetSheet> submittedSheets(int year, Long departmentId, Long categoryId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TargetSheet> query = cb.createQuery(TargetSheet.class);
        Root<TargetSheet> sheet = query.from(TargetSheet.class);
        query.where(SheetConditions.of(cb, sheet, currentActor.get().scope(), year, List.of(TargetSheetStatus.SUBMITTED), departmentId, categoryId))
                .orderBy(cb.asc(sheet.get("project").get("code")));
        return em.createQuery(query).getResultList();
    }

    private TargetSheet submittedSheet(long sheetId) {
        TargetSheet sheet = currentActor.get().scope().find(em, TargetSheet.class, sheetId);
        if (sheet.getStatus() != TargetSheetStatus.SUBMITTED) {
            throw new InvalidInputException("review.round.notSubmitted", sheet.getProject().getName(), sheet.getStatus());
        }
        return sheet;
    }

    private UserAccount member(String username) {
        UserAccount user = em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("review.round.unknownMember", username));
        if (!user.isEnabled() || user.getRoles().stream().noneMatch(r -> r.grants(REVIEW_TAKE_PART))) {
            throw new InvalidInputException("review.round.memberCannotReview", user.getDisplayName());
        }
        if (!currentActor.get().scope().permits(user.getOrganization())) {
            throw new InvalidInputException("review.round.memberOutsideJurisdiction", user.getDisplayName());
        }
        return user;
    }

    private static Appointment appointment(UserAccount user, boolean chair) {
        return new Appointment(user.getUsername(), user.getDisplayName(), user.getOrganization().getName(), user.getOrganization().getPath(),
                user.getOrganization().getType(), chair);
    }

    private String selectionLabel(OpenRoundRequest request) {
        if (request.selection() == RoundSelection.DEPARTMENT && request.departmentId() != null) {
            Organization department = em.find(Organization.class, request.departmentId());
            return department == null ? null : department.getName();
        }
        if (request.selection() == RoundSelection.CATEGORY && request.categoryId() != null) {
            FundCategory category = em.find(FundCategory.class, request.categoryId());
            return category == null ? null : category.getName();
        }
        return null;
    }

    private static long require(Long id, String key) {
        if (id == null) {
            throw new InvalidInputException(key);
        }
        return id;
    }

    private static String ratings(ReviewOpinion opinion) {
        StringBuilder text = new StringBuilder();
        opinion.getCriteria().forEach((criterion, rating) -> text.append(criterion).append('=').append(rating.getRating()).append(' '));
        return text.toString().strip();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
