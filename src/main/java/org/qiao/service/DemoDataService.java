// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.qiao.domain.cases.CaseNumberPattern;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Studio;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.store.CaseBulkLoader;
import org.qiao.store.ReferralRecordsLoader;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/**
 * Fills a database with realistic, invented Inner Mongolian cases for demonstrations, training and load tests:
 * counties and leagues from the shipped division list, employers with valid unified social credit codes, workers
 * with valid resident IDs (Han and Mongolian names), per-worker claims exact to the fen, about 5% collective cases,
 * every status and source, each case with the status timeline that led to its status ({@link DemoCaseHistory}):
 * finished cases over the past three years, open ones received in the last weeks; each court-sourced case with its
 * court referral ({@link DemoReferrals}), every referral type in every referral state from 400 cases on. The same
 * seed at the same moment gives the same data. Case numbers start at 0001 for each studio and year, or continue after
 * the demo cases already there.
 */
public final class DemoDataService {

    static final String REGIONS = "/qiao-data/regions/inner-mongolia-divisions.csv";
    private static final int CASES_PER_TRANSACTION = 5_000;
    /** From this many cases on, a load into a database holding no more cases builds its indexes at the end. */
    static final int DEFER_INDEXES_FROM = 20_000;
    /** Further back than any generated case, so that {@code MAX_DAYS_BACK - daysBack} sorts by date received. */
    private static final long MAX_DAYS_BACK = DemoCaseHistory.HISTORY_DAYS + 100;
    /** The telephone area codes of Inner Mongolia's leagues and cities. */
    private static final Map<String, String> AREA_CODES = Map.ofEntries(Map.entry("150100", "0471"),
        Map.entry("150200", "0472"), Map.entry("150300", "0473"), Map.entry("150400", "0476"),
        Map.entry("150500", "0475"), Map.entry("150600", "0477"), Map.entry("150700", "0470"),
        Map.entry("150800", "0478"), Map.entry("150900", "0474"), Map.entry("152200", "0482"),
        Map.entry("152500", "0479"), Map.entry("152900", "0483"));
    private static final CaseStatus[] STATUSES = CaseStatus.values();
    private static final CaseSource[] SOURCES = CaseSource.values();
    /** Who registers cases when the database has no mediator account: the demo database's mediator. */
    private static final String FALLBACK_ACTOR = DemoDatabase.ACCOUNTS.stream()
        .filter(a -> a.role() == Role.MEDIATOR).findFirst().orElseThrow().username();

    // Abbreviations used in case numbers (呼新工调〔2026〕0001号), by league/city code.
    private static final Map<String, String> LEAGUE_ABBREVIATION = Map.ofEntries(
        Map.entry("150100", "呼"), Map.entry("150200", "包"), Map.entry("150300", "海"), Map.entry("150400", "赤"),
        Map.entry("150500", "通"), Map.entry("150600", "鄂"), Map.entry("150700", "伦"), Map.entry("150800", "巴"),
        Map.entry("150900", "乌"), Map.entry("152200", "兴"), Map.entry("152500", "锡"), Map.entry("152900", "阿"));

    private static final String[] HAN_SURNAMES = ("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
        + "田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史").split("");
    private static final String[] HAN_MALE = {"建国", "志强", "海军", "永利", "国庆", "晓东", "振华", "俊杰", "文斌",
        "宏伟", "金山", "玉林", "二虎", "占军", "铁柱", "春生", "瑞", "磊", "鹏", "浩", "军", "强", "伟", "刚", "勇"};
    private static final String[] HAN_FEMALE = {"秀兰", "桂芳", "丽娟", "海燕", "晓红", "春梅", "玉珍", "淑英",
        "雪梅", "美玲", "慧敏", "静", "敏", "娜", "芳", "燕", "丽", "婷", "霞", "红"};
    private static final String[] MONGOLIAN_MALE = {"巴特尔", "朝鲁", "额尔敦", "巴雅尔", "苏和", "宝音", "那仁",
        "阿拉坦", "孟和", "吉日嘎拉", "布和", "毕力格", "特木尔", "格日勒图", "哈斯", "达来", "乌力吉", "敖登"};
    private static final String[] MONGOLIAN_FEMALE = {"乌日娜", "其其格", "图雅", "萨仁", "斯琴", "乌云",
        "娜仁花", "高娃", "塔娜", "阿如娜", "琪琪格", "苏日娜", "额尔登其木格", "托娅", "诺敏"};
    private static final String[] TRADE_NAMES = {"鑫源", "恒泰", "宏远", "金川", "瑞丰", "福顺", "兴旺", "广达",
        "永盛", "天骄", "长青", "北疆", "塞北", "青城", "鹿城", "金穗", "华聚", "昌盛", "祥和", "安达", "驼铃", "绿野",
        "丰泽", "晟通", "德润", "嘉禾", "远航", "腾飞"};
    private static final String[] STREETS = {"新华大街", "中山路", "锡林路", "钢铁大街", "阿尔丁大街", "伊金霍洛街",
        "民族街", "建设路", "团结路", "胜利街", "迎宾路", "工业园区"};
    private static final String[] LEGAL_REPRESENTATIVE_SUFFIX = {"某", "某某"};
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECKS = "10X98765432";

    /** Employer kinds: name suffix, industry, weight, and the share of their workers who work through a platform. */
    private enum Industry {
        COAL("煤业有限公司", "煤炭开采", 14),
        CONSTRUCTION("建筑工程有限公司", "建筑业", 26),
        DAIRY("乳业有限公司", "乳制品制造", 8),
        LIVESTOCK("牧业有限公司", "畜牧业", 5),
        LOGISTICS("物流有限公司", "交通运输", 10),
        CATERING("餐饮管理有限公司", "餐饮业", 12),
        DELIVERY("网络科技有限公司", "平台配送", 9),
        PROPERTY("物业服务有限公司", "物业管理", 7),
        DISPATCH("劳务派遣有限公司", "人力资源服务", 5),
        RARE_EARTH("稀土新材料有限公司", "有色金属冶炼", 4);

        private final String suffix;
        private final String label;
        private final int weight;

        Industry(String suffix, String label, int weight) {
            this.suffix = suffix;
            this.label = label;
            this.weight = weight;
        }
    }

    private static final int[] INDUSTRY_WEIGHTS = Arrays.stream(Industry.values()).mapToInt(i -> i.weight).toArray();

    private record Region(String code, String name, String leagueCode, String leagueName) {
    }

    private final Transactions tx;
    private final Clock clock;
    private final List<Region> regions;

    public DemoDataService(Transactions tx) {
        this(tx, Clock.systemDefaultZone());
    }

    /** With a fixed clock the data no longer depends on the day it is generated. */
    public DemoDataService(Transactions tx, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.clock = Objects.requireNonNull(clock);
        this.regions = loadRegions();
    }

    /**
     * Generates and stores {@code cases} cases through the store's bulk loader, committing every
     * {@value #CASES_PER_TRANSACTION} cases (one audit entry per batch). Cases are generated in order of receipt, so
     * numbers run 0001, 0002, … per studio and year and ids grow with the date received. Cases past intake are
     * assigned round-robin to the database's mediators, if it has any.
     *
     * @return the number of cases stored
     */
    public int generate(int cases, long seed) {
        return fill(cases, seed).cases();
    }

    /** As {@link #generate(int, long)}, telling how long each phase took. */
    public Fill fill(int cases, long seed) {
        long stored = tx.call(r -> r.bulkLoader().nextIds()).disputeCase() - 1;
        return generate(cases, seed, cases >= DEFER_INDEXES_FROM && cases >= stored);
    }

    /**
     * What a fill did: {@code writing} generated and stored the cases, {@code finishing} built the indexes and
     * added the constraints left out meanwhile and wrote everything to disk; {@code mediators} handled the cases
     * (none: no sessions, agreements or payments either).
     */
    public record Fill(int cases, Duration writing, Duration finishing, int mediators) {
    }

    /**
     * As {@link #generate(int, long)}, choosing whether the search and ledger indexes are left out during the load
     * and built once at its end ({@link CaseBulkLoader#beginLoad}); by default they are when the load is large
     * (at least {@value #DEFER_INDEXES_FROM} cases) and at least as large as what the database holds already.
     * Generating the next batch overlaps with storing the previous one.
     */
    public Fill generate(int cases, long seed, boolean deferIndexes) {
        long start = System.nanoTime();
        long written;
        Random random = new Random(seed);
        LocalDateTime now = LocalDateTime.now(clock);
        DemoCaseHistory history = new DemoCaseHistory(ReferenceData.calendar(), now);
        Map<String, String> studioPrefixes = studioPrefixes();
        // Pass 1: status, source, where and when each case was received (open cases recently, finished ones over
        // the past years), so that numbers can follow the order of receipt.
        int[] regionOf = new int[cases];
        byte[] statusOf = new byte[cases];
        byte[] sourceOf = new byte[cases];
        byte[] variantOf = new byte[cases];
        DemoReferrals.Examples examples = new DemoReferrals.Examples();
        long[] order = new long[cases];
        long epochDay = now.toLocalDate().toEpochDay();
        for (int i = 0; i < cases; i++) {
            regionOf[i] = pickRegion(random);
            // The first cases cycle through every status and source so that even a small demo shows them all.
            CaseStatus status = i < STATUSES.length ? STATUSES[i] : pickStatus(random);
            CaseSource source = i < SOURCES.length ? SOURCES[i] : pickSource(random);
            // Then the first cases of the statuses a court referral example needs come from that court, so that
            // every referral type occurs in every referral state. Only the source changes: the random stream stays.
            if (i >= SOURCES.length) {
                int example = examples.claim(status);
                if (example >= 0) {
                    source = DemoReferrals.EXAMPLES.get(example).source();
                    variantOf[i] = (byte) DemoReferrals.EXAMPLES.get(example).variant().ordinal();
                }
            }
            if (status == CaseStatus.INTAKE && source.isCourtReferral()) {
                // A court's referral is accepted when the studio signs for it: what waits at intake walked in.
                source = CaseSource.WALK_IN;
            }
            statusOf[i] = (byte) status.ordinal();
            sourceOf[i] = (byte) source.ordinal();
            long daysBack = epochDay - history.received(random, status, source).toEpochDay();
            order[i] = (MAX_DAYS_BACK - daysBack) << 32 | i;
        }
        Arrays.sort(order);
        List<User> mediators = tx.call(r -> r.users().findAll()).stream()
            .filter(u -> u.getRole() == Role.MEDIATOR && u.isActive()).toList();
        CaseBulkLoader.NextIds nextIds = tx.call(r -> r.bulkLoader().nextIds());
        Generation state = new Generation(random, nextIds, mediators, history.mediationRecords(),
            new DemoReferrals(seed, tx.call(r -> r.courts().active()), history,
                r -> name(r, r.nextInt(100) < 35, r.nextInt(100) < 20), nextIds.referral(),
                nextIds.referralMaterial()));
        // A database that already has demo cases continues their numbering instead of clashing with it. Asked before
        // the load, while the case numbers' index is there.
        Set<String> heads = new HashSet<>();
        Map<String, Region> regionOfHead = new HashMap<>();
        Map<String, Integer> yearOfHead = new HashMap<>();
        for (long entry : order) {
            Region region = regions.get(regionOf[(int) entry]);
            LocalDate received = received(epochDay, entry);
            String head = numberHead(studioPrefixes, region, received);
            if (heads.add(head)) {
                regionOfHead.put(head, region);
                yearOfHead.put(head, received.getYear());
            }
        }
        Map<String, Integer> sequences = tx.call(r -> {
            Map<String, Integer> highest = new HashMap<>();
            for (String head : heads) {
                highest.put(head, r.cases().highestNumberStartingWith(head)
                    .map(number -> Integer.parseInt(number.substring(head.length(), number.length() - 1)))
                    .orElse(0));
            }
            return highest;
        });
        CaseBulkLoader.LoadSettings load = tx.call(r -> r.bulkLoader().beginLoad(deferIndexes));
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "qiao-demo-data-writer");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> writing = null;
        try {
            // Pass 2: everything else, batch by batch, in order of receipt; the writer stores one batch while the
            // next is generated.
            for (int from = 0; from < cases; from += CASES_PER_TRANSACTION) {
                int to = Math.min(from + CASES_PER_TRANSACTION, cases);
                List<CaseBulkLoader.NewEmployer> employers = new ArrayList<>();
                List<CaseBulkLoader.NewWorker> workers = new ArrayList<>();
                List<CaseBulkLoader.NewCase> batch = new ArrayList<>(to - from);
                List<CaseBulkLoader.NewStatusChange> changes = new ArrayList<>(4 * (to - from));
                DemoMediationRecords.Into into = new DemoMediationRecords.Into();
                List<ReferralRecordsLoader.NewReferral> referrals = new ArrayList<>();
                for (int k = from; k < to; k++) {
                    int index = (int) order[k];
                    Region region = regions.get(regionOf[index]);
                    LocalDate received = received(epochDay, order[k]);
                    String head = numberHead(studioPrefixes, region, received);
                    String number = head + zeroPadded(sequences.merge(head, 1, Integer::sum), 4) + "号";
                    batch.add(newCase(k, state, history, region, received, STATUSES[statusOf[index]],
                        SOURCES[sourceOf[index]], number, employers, workers, changes, into,
                        DemoReferrals.Variant.values()[variantOf[index]], referrals));
                }
                CaseBulkLoader.Batch work = new CaseBulkLoader.Batch(employers, workers, batch, changes,
                    into.records(), referrals);
                awaitWriter(writing);
                writing = writer.submit(() -> tx.run(r -> r.bulkLoader().insert(work)));
            }
            awaitWriter(writing);
        } finally {
            writer.shutdownNow();
            written = System.nanoTime();
            tx.run(r -> r.bulkLoader().endLoad(load));
        }
        recordStudios(studioPrefixes, regionOfHead, yearOfHead, sequences);
        return new Fill(cases, Duration.ofNanos(written - start), Duration.ofNanos(System.nanoTime() - written),
            mediators.size());
    }

    private static void awaitWriter(Future<?> writing) {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing demo data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@code value} in decimal with leading zeros to {@code width} digits; String.format is slow in a hot loop. */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /** The date received encoded in an entry of the receipt order. */
    private static LocalDate received(long epochDay, long orderEntry) {
        return LocalDate.ofEpochDay(epochDay - MAX_DAYS_BACK + (orderEntry >>> 32));
    }

    /** A case number up to its sequence: 呼新工调〔2026〕. */
    private static String numberHead(Map<String, String> studioPrefixes, Region region, LocalDate received) {
        return studioPrefixes.get(region.code()) + "工调〔" + received.getYear() + "〕";
    }

    /** A known employer, as much of it as later cases need. */
    private record EmployerRef(long id, String name, Industry industry, DemoMediationRecords.Party party) {
    }

    /** A worker stored earlier, who may come back with another dispute. */
    private record WorkerRef(DemoMediationRecords.Person person) {

        long id() {
            return person.id();
        }

        String name() {
            return person.name();
        }
    }

    /** What the generation carries from case to case: the random stream, the next ids, whom it can reuse. */
    private static final class Generation {
        private static final int RECENT_WORKERS = 50_000;

        private final Random random;
        private final List<User> mediators;
        private final List<EmployerRef> employers = new ArrayList<>();
        // Only recent workers come back: keeps a million-case run's memory small.
        private final WorkerRef[] recent = new WorkerRef[RECENT_WORKERS];
        private int recentCount;
        private long nextEmployer;
        private long nextWorker;
        private long nextCase;
        private long nextClaim;
        private long nextStatusChange;
        private final DemoMediationRecords records;
        private final Random recordsRandom;
        private final DemoMediationRecords.Ids ids;
        private final DemoReferrals referrals;

        Generation(Random random, CaseBulkLoader.NextIds ids, List<User> mediators, DemoMediationRecords records,
                   DemoReferrals referrals) {
            this.random = random;
            this.referrals = referrals;
            this.mediators = mediators;
            this.records = records;
            // Its own stream, so that cases and names do not depend on whether the database has mediators.
            this.recordsRandom = new Random(random.nextLong());
            this.ids = new DemoMediationRecords.Ids(ids.session(), ids.agreement(), ids.payment(), ids.followUp());
            nextEmployer = ids.employer();
            nextWorker = ids.worker();
            nextCase = ids.disputeCase();
            nextClaim = ids.claim();
            nextStatusChange = ids.statusChange();
        }

        void remember(WorkerRef worker) {
            recent[recentCount++ % RECENT_WORKERS] = worker;
        }

        WorkerRef anyRecent() {
            return recent[random.nextInt(Math.min(recentCount, RECENT_WORKERS))];
        }
    }

    private CaseBulkLoader.NewCase newCase(int index, Generation state, DemoCaseHistory history, Region region,
        LocalDate received, CaseStatus status, CaseSource source, String number,
        List<CaseBulkLoader.NewEmployer> newEmployers, List<CaseBulkLoader.NewWorker> newWorkers,
        List<CaseBulkLoader.NewStatusChange> changes, DemoMediationRecords.Into into, DemoReferrals.Variant variant,
        List<ReferralRecordsLoader.NewReferral> referrals) {
        Random random = state.random;
        EmployerRef employer = pickEmployer(state, region, newEmployers);
        Industry industry = employer.industry();
        // The mediator handling the case (from acceptance on) also registered it and records every step.
        User handler = state.mediators.isEmpty() ? null : state.mediators.get(index % state.mediators.size());
        Long mediator = status == CaseStatus.INTAKE || handler == null ? null : handler.getId();
        String actor = handler == null ? FALLBACK_ACTOR : handler.getUsername();

        int workerCount = workerCount(random);
        List<Long> workerIds = new ArrayList<>(workerCount);
        List<String> names = new ArrayList<>(workerCount);
        List<DemoMediationRecords.Person> persons = new ArrayList<>(workerCount);
        for (int w = 0; w < workerCount; w++) {
            WorkerRef worker;
            // Now and then the same person comes back with another dispute.
            if (state.recentCount > 0 && workerCount == 1 && random.nextInt(100) < 3) {
                worker = state.anyRecent();
            } else {
                CaseBulkLoader.NewWorker created = newWorker(state, region, industry);
                newWorkers.add(created);
                worker = new WorkerRef(new DemoMediationRecords.Person(created.id(), created.name(),
                    created.residentId(), created.address(), created.phone()));
                state.remember(worker);
            }
            if (!workerIds.contains(worker.id())) {
                workerIds.add(worker.id());
                names.add(worker.name());
                persons.add(worker.person());
            }
        }
        long caseId = state.nextCase++;
        List<CaseBulkLoader.NewClaim> claims = new ArrayList<>();
        for (long workerId : workerIds) {
            addClaims(state, claims, workerId, industry);
        }
        BigDecimal total = claims.stream().map(CaseBulkLoader.NewClaim::amount)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal monthly = BigDecimal.valueOf(3000 + random.nextInt(5000));
        String who = names.size() == 1 ? names.get(0) : names.get(0) + "等" + names.size() + "名职工";
        String summary = who + "反映在" + employer.name() + "从事" + industry.label + "相关工作，月工资约"
            + monthly.toPlainString() + "元。因" + topic(claims.get(0).category()) + "发生争议，请求合计人民币"
            + total.toPlainString() + "元。";
        // Accepted cases carry their statutory mediation deadline (counted from receipt, by source), finished cases
        // their closing date, each the day of the step in the timeline, as CaseStatusService records them.
        DemoCaseHistory.Timeline timeline = history.timeline(random, status, source, received);
        if (source.isCourtReferral()) {
            ReferralRecordsLoader.NewReferral referral = state.referrals.referral(caseId, source, status,
                region.code(), received, timeline.steps(), actor, variant, employer.name(),
                topic(claims.get(0).category()));
            if (referral != null) {
                referrals.add(referral);
            }
        }
        for (DemoCaseHistory.Step step : timeline.steps()) {
            changes.add(new CaseBulkLoader.NewStatusChange(state.nextStatusChange++, caseId, step.from(), step.to(),
                step.at(), actor, step.reason()));
        }
        List<DemoRecovery.Claimed> claimed = claims.stream()
            .map(k -> new DemoRecovery.Claimed(k.workerId(), k.category(), k.amount())).toList();
        int mediatorIndex = state.mediators.isEmpty() ? 0 : index % state.mediators.size();
        state.records.add(state.recordsRandom, new DemoMediationRecords.Case(caseId, number, studioName(region),
            status, source, summary, timeline.steps(), timeline.closed(), employer.party(), persons, claimed,
            mediator == null ? null : handler, mediatorIndex), state.ids, into);
        return new CaseBulkLoader.NewCase(caseId, number, status, source, region.code(), studioName(region),
            received, summary, employer.id(), mediator, workerIds, claims, timeline.accepted(),
            timeline.mediationDue(), timeline.closed());
    }

    private static int workerCount(Random random) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            // 劳动争议调解仲裁法 art.7: ten or more workers make a collective dispute.
            return 10 + random.nextInt(31);
        }
        return roll < 80 ? 1 : 2 + random.nextInt(8);
    }

    private static void addClaims(Generation state, List<CaseBulkLoader.NewClaim> claims, long workerId,
        Industry industry) {
        Random random = state.random;
        Set<DisputeCategory> categories = EnumSet.of(pickCategory(random, industry));
        int extra = random.nextInt(100) < 35 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < extra; i++) {
            categories.add(pickCategory(random, industry));
        }
        for (DisputeCategory category : categories) {
            claims.add(new CaseBulkLoader.NewClaim(state.nextClaim++, workerId, category, amount(random, category),
                category == DisputeCategory.LABOUR_RELATIONSHIP ? "请求确认劳动关系，无金额" : null));
        }
    }


    /** Realistic ranges in yuan; wages and compensation are often whole yuan, other items carry fen. */
    private static BigDecimal amount(Random random, DisputeCategory category) {
        int[] range = switch (category) {
            case WAGES -> new int[] {2_000, 60_000};
            case OVERTIME -> new int[] {800, 15_000};
            case ECONOMIC_COMPENSATION -> new int[] {3_000, 50_000};
            case UNLAWFUL_TERMINATION -> new int[] {6_000, 90_000};
            case NO_CONTRACT_DOUBLE_WAGES -> new int[] {5_000, 60_000};
            case SOCIAL_INSURANCE -> new int[] {1_000, 30_000};
            case WORK_INJURY -> new int[] {10_000, 120_000};
            case REST_AND_LEAVE -> new int[] {500, 8_000};
            case OTHER -> new int[] {500, 10_000};
            case LABOUR_RELATIONSHIP -> new int[] {0, 0};
        };
        if (range[1] == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        long yuan = range[0] + random.nextInt(range[1] - range[0] + 1);
        long fen = random.nextInt(100) < 60 ? 0 : random.nextInt(100);
        return BigDecimal.valueOf(yuan * 100 + fen, 2);
    }

    private static DisputeCategory pickCategory(Random random, Industry industry) {
        // Unpaid wages dominate, above all in construction (农民工工资).
        int wagesWeight = industry == Industry.CONSTRUCTION ? 70 : 45;
        int[] weights = {wagesWeight, 10, 10, 7, 7, 6, industry == Industry.COAL ? 8 : 3, 3, 2, 2};
        return DisputeCategory.values()[weighted(random, weights)];
    }

    private static CaseSource pickSource(Random random) {
        // walk-in, 12351, 委派, 委托, 特邀, arbitration, inspection, online, union-initiated
        return CaseSource.values()[weighted(random, new int[] {30, 15, 20, 10, 4, 8, 7, 7, 3})];
    }

    private static CaseStatus pickStatus(Random random) {
        return CaseStatus.values()[weighted(random, new int[] {6, 8, 3, 12, 5, 10, 8, 8, 35, 5})];
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The index of a county in {@link #regions}; city districts (codes ending 02–05) see more cases. */
    private int pickRegion(Random random) {
        while (true) {
            int index = random.nextInt(regions.size());
            int tail = Integer.parseInt(regions.get(index).code().substring(4));
            if (tail >= 2 && tail <= 5 || random.nextInt(3) == 0) {
                return index;
            }
        }
    }

    private static EmployerRef pickEmployer(Generation state, Region region,
        List<CaseBulkLoader.NewEmployer> newEmployers) {
        Random random = state.random;
        // About one employer per three cases: some employers have several disputes.
        if (!state.employers.isEmpty() && random.nextInt(100) < 35) {
            return state.employers.get(random.nextInt(state.employers.size()));
        }
        Industry industry = Industry.values()[weighted(random, INDUSTRY_WEIGHTS)];
        String league = region.leagueName();
        String city = league.endsWith("市") || league.endsWith("盟") ? league.substring(0, league.length() - 1)
            : league;
        String name = city + (region.leagueName().endsWith("盟") ? "盟" : "市")
            + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)] + industry.suffix;
        CaseBulkLoader.NewEmployer employer = new CaseBulkLoader.NewEmployer(state.nextEmployer++, name,
            creditCode(random, region.code()),
            HAN_SURNAMES[random.nextInt(HAN_SURNAMES.length)]
                + LEGAL_REPRESENTATIVE_SUFFIX[random.nextInt(LEGAL_REPRESENTATIVE_SUFFIX.length)],
            region.leagueName() + region.name() + STREETS[random.nextInt(STREETS.length)]
                + (1 + random.nextInt(300)) + "号",
            "0" + (471 + random.nextInt(9)) + "-" + (6_000_000 + random.nextInt(3_999_999)),
            industry.label, region.code());
        newEmployers.add(employer);
        EmployerRef ref = new EmployerRef(employer.id(), name, industry, new DemoMediationRecords.Party(name,
            employer.creditCode(), employer.legalRepresentative(), employer.address(), employer.phone()));
        state.employers.add(ref);
        return ref;
    }

    private CaseBulkLoader.NewWorker newWorker(Generation state, Region home, Industry industry) {
        Random random = state.random;
        boolean woman = random.nextInt(100) < 35;
        boolean mongolian = random.nextInt(100) < 20;
        String name = name(random, woman, mongolian);
        // Migrant workers often come from another county than the one they work in.
        Region origin = random.nextInt(100) < 40 ? regions.get(random.nextInt(regions.size())) : home;
        String residentId = residentId(random, origin.code(), woman);
        String phone = "1" + (3 + random.nextInt(7)) + zeroPadded(random.nextInt(1_000_000_000), 9);
        String address = origin.leagueName() + origin.name() + STREETS[random.nextInt(STREETS.length)]
            + (1 + random.nextInt(200)) + "号";
        Set<WorkerGroup> groups = EnumSet.noneOf(WorkerGroup.class);
        if (woman) {
            groups.add(WorkerGroup.WOMAN);
        }
        boolean platform = industry == Industry.DELIVERY || random.nextInt(100) < 4;
        if (platform) {
            groups.add(WorkerGroup.PLATFORM);
        }
        if (industry == Industry.DISPATCH || random.nextInt(100) < 5) {
            groups.add(WorkerGroup.DISPATCHED);
        }
        int migrantShare = industry == Industry.CONSTRUCTION || industry == Industry.COAL ? 85 : 45;
        if (!platform && random.nextInt(100) < migrantShare) {
            groups.add(WorkerGroup.MIGRANT);
        }
        if (random.nextInt(100) < 10) {
            groups.add(WorkerGroup.HARDSHIP);
        }
        if (random.nextInt(100) < 30) {
            groups.add(WorkerGroup.UNION_MEMBER);
        }
        return new CaseBulkLoader.NewWorker(state.nextWorker++, name, residentId, phone, address, groups);
    }


    private static String name(Random random, boolean woman, boolean mongolian) {
        if (!mongolian) {
            String[] given = woman ? HAN_FEMALE : HAN_MALE;
            return HAN_SURNAMES[random.nextInt(HAN_SURNAMES.length)] + given[random.nextInt(given.length)];
        }
        String[] names = woman ? MONGOLIAN_FEMALE : MONGOLIAN_MALE;
        String given = names[random.nextInt(names.length)];
        // Many Mongolian names are written with the father's name and a middle dot (巴特尔·朝鲁).
        if (random.nextBoolean()) {
            return given + "·" + MONGOLIAN_MALE[random.nextInt(MONGOLIAN_MALE.length)];
        }
        return given;
    }

    /** How a mediator would write the subject in a case summary (data, not a user-interface label). */
    private static String topic(DisputeCategory category) {
        return switch (category) {
            case WAGES -> "拖欠劳动报酬";
            case OVERTIME -> "加班费";
            case ECONOMIC_COMPENSATION -> "解除劳动合同经济补偿";
            case UNLAWFUL_TERMINATION -> "违法解除劳动合同赔偿金";
            case NO_CONTRACT_DOUBLE_WAGES -> "未签订书面劳动合同二倍工资";
            case SOCIAL_INSURANCE -> "未缴纳社会保险";
            case WORK_INJURY -> "工伤保险待遇";
            case LABOUR_RELATIONSHIP -> "确认劳动关系";
            case REST_AND_LEAVE -> "休息休假";
            case OTHER -> "其他劳动权益";
        };
    }

    /**
     * Puts the studios the demo's cases name on the studio list — with the pattern of their numbers, a telephone and
     * each year's counter at the last number given — so that settings show them, their letters carry their number,
     * and a case registered under one of them continues its numbering.
     */
    private void recordStudios(Map<String, String> studioPrefixes, Map<String, Region> regionOfHead,
                               Map<String, Integer> yearOfHead, Map<String, Integer> lastSequences) {
        tx.run(r -> {
            Map<String, Studio> byRegion = new HashMap<>();
            for (Map.Entry<String, Region> head : regionOfHead.entrySet()) {
                Region region = head.getValue();
                Studio studio = byRegion.computeIfAbsent(region.code(), code -> r.studios()
                    .findByName(studioName(region)).orElseGet(() -> r.studios().save(newStudio(region,
                        studioPrefixes.get(code)))));
                int year = yearOfHead.get(head.getKey());
                r.studios().ensureCounter(studio.getId(), year);
                r.studios().raiseCounter(studio.getId(), year, lastSequences.get(head.getKey()));
            }
        });
    }

    private static Studio newStudio(Region region, String prefix) {
        Studio studio = new Studio(studioName(region), region.code(),
            CaseNumberPattern.parse(prefix + "工调〔{year}〕{seq:4}号"));
        // A made-up number under the league's real area code, the same for the same county every time.
        Random digits = new Random(Long.parseLong(region.code()));
        studio.setPhone(AREA_CODES.getOrDefault(region.leagueCode(), "0471") + "-" + (6_000_000
            + digits.nextInt(1_000_000)));
        return studio;
    }

    private static String studioName(Region region) {
        return region.name() + "总工会劳动争议诉调对接工作室";
    }

    /** A case-number prefix per county (呼新), unique across the list: a second character is added on a clash. */
    private Map<String, String> studioPrefixes() {
        Map<String, String> prefixes = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Region region : regions) {
            String league = LEAGUE_ABBREVIATION.getOrDefault(region.leagueCode(), region.leagueName().substring(0, 1));
            String prefix = league + region.name().charAt(0);
            for (int length = 2; used.contains(prefix) && length <= region.name().length(); length++) {
                prefix = league + region.name().substring(0, length);
            }
            while (used.contains(prefix)) {
                prefix = prefix + region.code().substring(4);
            }
            used.add(prefix);
            prefixes.put(region.code(), prefix);
        }
        return prefixes;
    }

    private static List<Region> loadRegions() {
        Map<String, String> leagues = new HashMap<>();
        List<String[]> counties = new ArrayList<>();
        try (InputStream in = DemoDataService.class.getResourceAsStream(REGIONS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + REGIONS + " on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.strip().split(",");
                if (line.startsWith("#") || fields.length < 4 || !fields[0].matches("\\d{6}")) {
                    continue;
                }
                if (fields[2].equals("盟市")) {
                    leagues.put(fields[0], fields[1]);
                } else {
                    counties.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Region> regions = new ArrayList<>();
        for (String[] county : counties) {
            regions.add(new Region(county[0], county[1], county[3], leagues.getOrDefault(county[3], "")));
        }
        return List.copyOf(regions);
    }

    // The two generators below are private stand-ins until the domain's value types (ResidentId, CreditCode)
    // arrive; they will then be replaced by those types' own check-digit code.

    /** An 18-character unified social credit code (GB 32100-2015) for a company registered in {@code region}. */
    static String creditCode(Random random, String region) {
        StringBuilder code = new StringBuilder("91").append(region);
        // The organisation code (GB 11714): 8 digits and a check character, weights 3 7 9 10 5 8 4 2.
        int[] orgWeights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int weight : orgWeights) {
            int digit = random.nextInt(10);
            code.append(digit);
            sum += digit * weight;
        }
        int orgCheck = 11 - sum % 11;
        code.append(orgCheck == 10 ? 'X' : orgCheck == 11 ? '0' : (char) ('0' + orgCheck));
        return code.append(creditCodeCheck(code)).toString();
    }

    /** GB 32100-2015: check = 31 − (Σ value × weight mod 31), 31 → 0. */
    private static char creditCodeCheck(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_CHARS.charAt(check == 31 ? 0 : check);
    }

    /** An 18-digit resident ID (GB 11643-1999) born 1965–2004 in {@code region}; the 17th digit is odd for men. */
    static String residentId(Random random, String region, boolean woman) {
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(40 * 365));
        int sequence = random.nextInt(500) * 2 + (woman ? 0 : 1);
        String first17 = region + birth.getYear() + zeroPadded(birth.getMonthValue(), 2)
            + zeroPadded(birth.getDayOfMonth(), 2) + zeroPadded(sequence, 3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECKS.charAt(sum % 11);
    }
}
