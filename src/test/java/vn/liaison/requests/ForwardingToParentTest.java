package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.liaison.LiaisonApplication;
import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.agreements.AgreementDirectory;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;

/**
 * Where a request goes when the chosen receiver has no agreement covering its kind: to the nearest parent agency
 * that has one, with the chain kept and shown; refused with the reason when nobody up the chain has one.
 * Demo data: the ministry of science and technology (BKHCN, successor of BTTTT) has an agreement with the ministry
 * of public security (BCA) covering information exchange, none with the provincial police of Lào Cai (CA-LCI,
 * whose parent is BCA); nobody up the chain of Viễn thông Hà Giang (VNPT-HGG → VNPT) has one with BKHCN.
 */
@LiaisonTest
class ForwardingToParentTest {

    @Autowired
    AgreementDirectory directory;

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestService service;

    @Autowired
    RequestQueries queries;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.liaison.security.AgencyLineage lineage;

    static final UUID BKHCN = RequestActors.agency("BKHCN");
    static final UUID BCA = RequestActors.agency("BCA");
    static final UUID CA_LCI = RequestActors.agency("CA-LCI");
    static final UUID VNPT_HGG = RequestActors.agency("VNPT-HGG");
    static final UUID VNPT = RequestActors.agency("VNPT");

    Actor officer;
    Actor leader;
    Actor parentLeader;
    Actor originalReceiver;

    @BeforeEach
    void people() {
        RequestActors p = new RequestActors(accounts);
        // BKHCN succeeded BTTTT: like sign-in, the actors act for both (the agreement with BCA is BTTTT's)
        officer = RequestActors.withLineage(p.demo("officer.bkhcn"), lineage.actingFor(BKHCN));
        leader = RequestActors.withLineage(p.demo("leader.bkhcn"), lineage.actingFor(BKHCN));
        parentLeader = p.demo("leader.bca");
        originalReceiver = p.demo("leader.ca-lci");
    }

    static <T> T as(Actor actor, Supplier<T> body) {
        AtomicReference<T> out = new AtomicReference<>();
        TestActors.runAs(actor, () -> out.set(body.get()));
        return out.get();
    }

    /** The demo data really is the case under test; otherwise these tests would prove nothing. */
    @Test
    void theDemoDataHasAReceiverWithoutAnAgreementWhoseParentHasOne() {
        LocalDate today = LocalDate.now(LiaisonApplication.ZONE);
        assertThat(agencies.agency(CA_LCI).orElseThrow().parentId()).isEqualTo(BCA);
        assertThat(directory.inForceBetween(BKHCN, CA_LCI, ContentArea.INFORMATION_EXCHANGE, today)).isEmpty();
        assertThat(directory.inForceBetween(BKHCN, BCA, ContentArea.INFORMATION_EXCHANGE, today)).isNotEmpty();
        assertThat(agencies.agency(VNPT_HGG).orElseThrow().parentId()).isEqualTo(VNPT);
        assertThat(directory.inForceBetween(BKHCN, VNPT_HGG, ContentArea.INFORMATION_EXCHANGE, today)).isEmpty();
        assertThat(directory.inForceBetween(BKHCN, VNPT, ContentArea.INFORMATION_EXCHANGE, today)).isEmpty();
    }

    private NewRequest exchange(UUID receiver, String subject) {
        return new NewRequest(RequestKind.INFORMATION_EXCHANGE, null, receiver, null, subject,
                "Thông báo tình hình an toàn thông tin mạng", null, null, null, null, "Nội bộ: nguồn tin " + subject,
                null, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void aRequestToAReceiverWithoutAnAgreementGoesToItsParentWithTheChainRecordedAndShown() throws Exception {
        String subject = "Chuyển tiếp " + UUID.randomUUID();
        RequestService.Created c = as(officer, () -> service.create(exchange(CA_LCI, subject)));

        // recorded: the request is the parent's, the original receiver is in the chain
        RequestView v = as(officer, () -> queries.view(c.id()));
        assertThat(v.receiverAgencyId()).isEqualTo(BCA);
        assertThat(v.receiverName()).isEqualTo("Bộ Công an");
        assertThat(v.routedThrough()).containsExactly("Công an tỉnh Lào Cai");
        assertThat(v.agreementId()).isNotNull();
        assertThat(jdbc.sql("SELECT receiver_agency_id FROM coordination_request WHERE id = ?").param(c.id())
                .query(UUID.class).single()).isEqualTo(BCA);
        assertThat(as(officer, () -> queries.row(c.id())).orElseThrow().routingChain()).containsExactly(CA_LCI);
        assertThat(jdbc.sql("SELECT after_state FROM audit_entry WHERE action = 'request.create' AND target_id = ?")
                .param(c.id().toString()).query(String.class).single())
                .as("the ledger keeps the chain").contains("routedThrough").contains(CA_LCI.toString()).contains(BCA.toString());

        // shown on the page and in the API view
        mvc.perform(get("/requests/{id}", c.id()).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"routed\"")))
                .andExpect(content().string(containsString("Công an tỉnh Lào Cai → Bộ Công an")));
        mvc.perform(get("/api/v1/requests/{id}", c.id()).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receiverAgencyId").value(BCA.toString()))
                .andExpect(jsonPath("$.routedThrough[0]").value("Công an tỉnh Lào Cai"))
                .andExpect(jsonPath("$.routedThrough.length()").value(1));

        // sent: the parent receives it and sees the chain; the original receiver is no party to it
        as(officer, () -> service.submit(c.id(), null));
        as(leader, () -> service.approve(c.id(), null));
        assertThat(as(parentLeader, () -> queries.view(c.id())).status()).isEqualTo(RequestStatus.SENT);
        mvc.perform(get("/requests/{id}", c.id()).with(TestActors.as(parentLeader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công an tỉnh Lào Cai → Bộ Công an")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nội bộ: nguồn tin"))));
        mvc.perform(get("/api/v1/requests/{id}", c.id()).with(TestActors.as(parentLeader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.routedThrough[0]").value("Công an tỉnh Lào Cai"));
        int status = mvc.perform(get("/requests/{id}", c.id()).with(TestActors.as(originalReceiver)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(403, 404);
    }

    @Test
    void aReceiverWithAnAgreementOfItsOwnIsNotForwarded() {
        Actor caHgg = new RequestActors(accounts).demo("officer.ca-hgg");
        RequestService.Created c = as(caHgg, () -> service.create(exchange(VNPT_HGG, "Trực tiếp " + UUID.randomUUID())));
        RequestView v = as(caHgg, () -> queries.view(c.id()));
        assertThat(v.receiverAgencyId()).isEqualTo(VNPT_HGG);
        assertThat(v.routedThrough()).isEmpty();
    }

    @Test
    void aReceiverThatSucceededAPartyReceivesUnderItsPredecessorsAgreementWithoutForwarding() {
        // BKHCN took over BTTTT's agreement with BCA: BCA's request to BKHCN goes straight there
        Actor bca = new RequestActors(accounts).demo("leader.bca");
        RequestService.Created c = as(bca, () -> service.create(exchange(BKHCN, "Kế thừa " + UUID.randomUUID())));
        RequestView v = as(bca, () -> queries.view(c.id()));
        assertThat(v.receiverAgencyId()).isEqualTo(BKHCN);
        assertThat(v.routedThrough()).isEmpty();
        assertThat(v.agreementId()).isNotNull();
    }

    @Test
    void theFormSaysTheRequestWasForwarded() throws Exception {
        String subject = "Biểu mẫu chuyển tiếp " + UUID.randomUUID();
        String location = mvc.perform(multipart("/requests").with(TestActors.as(officer)).with(csrf())
                        .param("kind", "INFORMATION_EXCHANGE").param("receiverAgencyId", CA_LCI.toString())
                        .param("subject", subject).param("classification", "UNCLASSIFIED").param("urgency", "NORMAL")
                        .param("then", "draft"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "requests.flash.savedForwarded"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(as(officer, () -> queries.view(id)).receiverAgencyId()).isEqualTo(BCA);
    }

    @Test
    void aReceiverWithNoAgreementAnywhereUpItsChainIsRefusedWithTheReason() throws Exception {
        String subject = "Không có quy chế " + UUID.randomUUID();
        // the service
        assertThatThrownBy(() -> as(officer, () -> service.create(exchange(VNPT_HGG, subject))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("receiverAgencyId");
                    assertThat(e.messageKey()).isEqualTo("requests.error.outsideAgreement");
                });
        // the API: problem details, 422, the field and the reason naming the receiver
        String json = "{\"kind\":\"INFORMATION_EXCHANGE\",\"receiverAgencyId\":\"" + VNPT_HGG + "\",\"subject\":\"" + subject + "\"}";
        mvc.perform(post("/api/v1/requests").contentType("application/json").content(json)
                        .with(TestActors.as(officer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("requests.error.outsideAgreement"))
                .andExpect(jsonPath("$.errors[0].field").value("receiverAgencyId"))
                .andExpect(jsonPath("$.detail").value(containsString("Viễn thông Hà Giang")));
        // the form: the message beside the receiver, the input kept
        String page = mvc.perform(multipart("/requests").with(TestActors.as(officer)).with(csrf())
                        .param("kind", "INFORMATION_EXCHANGE").param("receiverAgencyId", VNPT_HGG.toString())
                        .param("subject", subject).param("details", "Chi tiết giữ lại")
                        .param("classification", "UNCLASSIFIED").param("urgency", "NORMAL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        page = HtmlUtils.htmlUnescape(page);
        assertThat(page).containsPattern("id=\"receiverAgencyId\"[^>]*is-invalid|is-invalid[^>]*id=\"receiverAgencyId\"");
        assertThat(page).contains("Không có quy chế phối hợp đang có hiệu lực với Viễn thông Hà Giang");
        assertThat(page).contains(subject).contains("Chi tiết giữ lại");
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE subject = ?").param(subject)
                .query(Long.class).single()).isZero();
    }
}
