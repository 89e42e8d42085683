// Catalog search (govshare/search.h, Platform::Search; A20, docs/search.md) and
// supervision (govshare/supervision.h and the Platform operations of
// platform.h from ReportRefresh() to Rectifications(); A31–A33,
// docs/supervision.md) in Java.
//
//   SearchResult r = p.search("civil.op", "人口 登记");          // every word, as SQL LIKE '%w%'
//   for (SearchHit h : r.getHits())                             // name matches first
//     System.out.println(h.getCode() + " " + h.getEntry().getName());
//   SearchQuery q = SearchQuery.of("信息", 20, 10);             // hits 20..29
//   q.setDepartment(POLICE);
//   q.setShareClass(Optional.of(ShareClass.CONDITIONAL));
//   for (FacetCount f : p.search("civil.op", q).getFacets().getDepartments())
//     System.out.println(f.getLabel() + " " + f.getCount());
//
//   p.reportRefresh("police.op", entry.getId());                  // A31 (4), (5)
//   Project project = p.saveProject("police.admin",
//       Project.of(POLICE, "智慧公安二期", Date.of(2026, 9, 2), entry.getId()));   // A32
//   InspectionReport report = p.inspect("auditor", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
//   for (DepartmentInspection d : report.getDepartments())       // ranked, best first
//     System.out.println(d.getRank() + " " + d.getDepartmentName() + " " + d.getScore());
//   Rectification n = p.issueRectification("admin",
//       RectificationInput.of(POLICE, 5, "未按更新周期更新已发布资源", 10));   // A33
//   p.escalateRectifications("admin");                            // overdue ones: 书面通报
//   n = p.resolveRectification("admin", n.getId(), n.getRowVersion(), "已整改");
//
// The Platform methods need no directive: naming.i makes Search -> search,
// ReportRefresh -> reportRefresh, SaveProject/Projects -> saveProject/projects,
// Inspect -> inspect, IssueRectification -> issueRectification, ... ;
// exceptions.i maps the refusals, and every id and row version is
// std::int64_t, a Java long. The overloads below only convert or fill in a
// default and call the wrapper; the factories only fill fields (no rule is
// checked in Java: a ground outside 1..6 or a limit over 1000 is refused by
// C++); toString() is for logs and test messages.
//
// Every value (SearchQuery, SearchResult, SearchHit, SearchFacets, FacetCount,
// Project, SupervisionWeights, InspectionReport, DepartmentInspection,
// StepTimeliness, SupervisionFinding, RectificationInput, Rectification) is a
// plain struct returned by copy: std::optional fields read as
// java.util.Optional snapshots (optional.i: SearchQuery's filters
// Optional<ShareClass>, Optional<FormatClass>, Optional<UpdateCycle>,
// Optional<ShareMethod>; Project's Optional<Date>; Rectification's
// Optional<LocalDateTime>), vectors as java.util.List views (FacetCountList,
// SearchHitList, StepTimelinessList, SupervisionFindingList,
// DepartmentInspectionList, RectificationList, ProjectList; govshare.i).
// None has a C++ operator==: they compare by identity.
//
// Project.entry_ids is std::vector<std::int64_t>, which the LP64 compiler sees
// as std::vector<long> and SWIG (stdint.i) as std::vector<long long>: SWIG's
// std::vector template cannot wrap it without mixing the two types in the
// generated C++. So the field is ignored, and getEntryIds() is a
// java.util.List<Long> view written here over five index functions of
// Project (private in Java): like every other list field it reads and writes
// the project's own C++ vector, and keeps the project reachable.
// setEntryIds(List<Long>) copies any list in (through LongList, the
// std::vector<long long> of govshare.i). Ids stay Java long throughout.
//
// Include before govshare/search.h, govshare/supervision.h and
// govshare/catalog_service.h and govshare/supervision_service.h (the %extend
// blocks must precede the classes).

// ---- CatalogService and SupervisionService: overloads ---------------------------------------
%extend govshare::CatalogService {
%proxycode %{
  /**
   * As {@link #search(String, SearchQuery)} with {@link SearchQuery#of(String)}: the words of
   * {@code text} (separated by spaces, every one must occur), no filter, the first 20 hits,
   * with facets.
   */
  public SearchResult search(String actor, String text) {
    return search(actor, SearchQuery.of(text));
  }
%}
}

%extend govshare::SupervisionService {
%proxycode %{
  /** As {@link #projects(String, String)}: every project the actor may see (C++ {@code ""}). */
  public ProjectList projects(String actor) {
    return projects(actor, "");
  }

  /** As {@link #rectifications(String, String)}: every rectification the actor may see (C++ {@code ""}). */
  public RectificationList rectifications(String actor) {
    return rectifications(actor, "");
  }

  /** As {@link #inspect(String, Date, Date)}. */
  public InspectionReport inspect(String actor, java.time.LocalDate from, java.time.LocalDate to) {
    return inspect(actor, Date.fromLocalDate(from), Date.fromLocalDate(to));
  }

  /** As {@link #inspect(String, Date, Date, SupervisionWeights)}. */
  public InspectionReport inspect(String actor, java.time.LocalDate from, java.time.LocalDate to,
                                  SupervisionWeights weights) {
    return inspect(actor, Date.fromLocalDate(from), Date.fromLocalDate(to), weights);
  }
%}
}

// ---- search: factories and toString() ------------------------------------------------------
%extend govshare::SearchQuery {
%proxycode %{
  /**
   * A query for the words of {@code text} (separated by spaces; every one must occur in the
   * name, summary or item names; {@code ""}: every published entry), no filter, the first 20
   * hits, with facets.
   */
  public static SearchQuery of(String text) {
    SearchQuery query = new SearchQuery();
    query.setText(text);
    return query;
  }

  /** As {@link #of(String)}, hits {@code [offset, offset + limit)} of the ranking. */
  public static SearchQuery of(String text, int offset, int limit) {
    SearchQuery query = of(text);
    query.setOffset(offset);
    query.setLimit(limit);
    return query;
  }

  /**
   * E.g. {@code "人口 登记" department=11320600MB1T0101XP share_class=conditional 0+20 facets},
   * for logs and test messages.
   */
  @Override
  public String toString() {
    return "\"" + getText() + "\""
        + (getDepartment().isEmpty() ? "" : " department=" + getDepartment())
        + (getTopic().isEmpty() ? "" : " topic=" + getTopic())
        + (getIndustry().isEmpty() ? "" : " industry=" + getIndustry())
        + getShareClass().map(v -> " share_class=" + GovShare.toString(v)).orElse("")
        + getFormat().map(v -> " format=" + GovShare.toString(v)).orElse("")
        + getUpdateCycle().map(v -> " update_cycle=" + GovShare.toString(v)).orElse("")
        + getMethod().map(v -> " method=" + GovShare.toString(v)).orElse("")
        + " " + getOffset() + "+" + getLimit() + (isFacets() ? " facets" : "");
  }
%}
}

%extend govshare::FacetCount {
%proxycode %{
  /** E.g. {@code 11320600MB1T01044D 南通市民政局: 3} or {@code conditional 有条件共享: 12}. */
  @Override
  public String toString() {
    return getValue() + (getLabel().isEmpty() || getLabel().equals(getValue()) ? "" : " " + getLabel())
        + ": " + getCount();
  }
%}
}

%extend govshare::SearchHit {
%proxycode %{
  /** E.g. {@code entry:3 102001/000003 婚姻登记信息 (name)}, for logs and test messages. */
  @Override
  public String toString() {
    return "entry:" + getEntryId() + " " + getCode() + " " + getEntry().getName()
        + (isNameMatch() ? " (name)" : "");
  }
%}
}

%extend govshare::SearchResult {
%proxycode %{
  /** E.g. {@code 12 hits: [entry:3 102001/000003 婚姻登记信息 (name), ...]} (this page's hits). */
  @Override
  public String toString() {
    return getTotal() + " hits: " + getHits();
  }
%}
}

// ---- supervision: projects -----------------------------------------------------------------
// entry_ids through the index functions below (see the top of this file).
%ignore govshare::Project::entry_ids;
%javamethodmodifiers govshare::Project::entryIdCount "private";
%javamethodmodifiers govshare::Project::entryIdAt "private";
%javamethodmodifiers govshare::Project::replaceEntryId "private";
%javamethodmodifiers govshare::Project::insertEntryId "private";
%javamethodmodifiers govshare::Project::eraseEntryId "private";
%javamethodmodifiers govshare::Project::assignEntryIds "private";
%extend govshare::Project {
  int entryIdCount() const throw (std::out_of_range) {
    if ($self->entry_ids.size() > static_cast<size_t>(INT_MAX))
      throw std::out_of_range("vector size is too large to fit into a Java int");
    return static_cast<int>($self->entry_ids.size());
  }
  long long entryIdAt(int index) const throw (std::out_of_range) {
    if (index < 0 || static_cast<size_t>(index) >= $self->entry_ids.size())
      throw std::out_of_range("vector index out of range");
    return $self->entry_ids[index];
  }
  long long replaceEntryId(int index, long long id) throw (std::out_of_range) {
    if (index < 0 || static_cast<size_t>(index) >= $self->entry_ids.size())
      throw std::out_of_range("vector index out of range");
    const long long old = $self->entry_ids[index];
    $self->entry_ids[index] = id;
    return old;
  }
  void insertEntryId(int index, long long id) throw (std::out_of_range) {
    if (index < 0 || static_cast<size_t>(index) > $self->entry_ids.size())
      throw std::out_of_range("vector index out of range");
    $self->entry_ids.insert($self->entry_ids.begin() + index, id);
  }
  long long eraseEntryId(int index) throw (std::out_of_range) {
    if (index < 0 || static_cast<size_t>(index) >= $self->entry_ids.size())
      throw std::out_of_range("vector index out of range");
    const long long old = $self->entry_ids[index];
    $self->entry_ids.erase($self->entry_ids.begin() + index);
    return old;
  }
  void assignEntryIds(const std::vector<long long>& ids) {
    $self->entry_ids.assign(ids.begin(), ids.end());
  }

%proxycode %{
  /**
   * The catalog entries compiled for the project (预编信息资源目录): a view of this project's
   * list, as every list field is — {@code add}, {@code set} and {@code remove} change the
   * project, and the view keeps the project reachable.
   */
  public java.util.List<Long> getEntryIds() {
    return new EntryIds(this);
  }

  /** Replaces the catalog entries compiled for the project by a copy of {@code ids}. */
  public void setEntryIds(java.util.List<Long> ids) {
    assignEntryIds(new LongList(ids));
  }

  /** {@link #getEntryIds()}: each call goes to the C++ vector, which checks the index. */
  private static final class EntryIds extends java.util.AbstractList<Long> implements java.util.RandomAccess {
    private final Project project;

    EntryIds(Project project) {
      this.project = project;
    }

    @Override
    public int size() {
      return project.entryIdCount();
    }

    @Override
    public Long get(int index) {
      return project.entryIdAt(index);
    }

    @Override
    public Long set(int index, Long id) {
      return project.replaceEntryId(index, id);
    }

    @Override
    public void add(int index, Long id) {
      modCount++;
      project.insertEntryId(index, id);
    }

    @Override
    public Long remove(int index) {
      modCount++;
      return project.eraseEntryId(index);
    }
  }

  /** A project of department {@code departmentCode}, not yet approved, with these compiled entries. */
  public static Project of(String departmentCode, String name, long... entryIds) {
    Project project = new Project();
    project.setDepartmentCode(departmentCode);
    project.setName(name);
    project.assignEntryIds(new LongList(entryIds));
    return project;
  }

  /** As {@link #of(String, String, long...)}, approved (立项) on {@code approvedOn}. */
  public static Project of(String departmentCode, String name, Date approvedOn, long... entryIds) {
    Project project = of(departmentCode, name, entryIds);
    project.setApprovedOn(java.util.Optional.of(approvedOn));
    return project;
  }

  /** As {@link #of(String, String, Date, long...)}, approved on that calendar day. */
  public static Project of(String departmentCode, String name, java.time.LocalDate approvedOn, long... entryIds) {
    return of(departmentCode, name, Date.fromLocalDate(NativeMemory.nonNull(approvedOn, "approvedOn")), entryIds);
  }

  /**
   * E.g. {@code project:2 视频监控联网 @11320600MB1A2B3CXJ approved 2026-08-01 accepted 2026-08-31
   * entries [1]}, for logs and test messages.
   */
  @Override
  public String toString() {
    return "project:" + getId() + " " + getName() + " @" + getDepartmentCode()
        + getApprovedOn().map(d -> " approved " + d).orElse("")
        + getAcceptedOn().map(d -> " accepted " + d).orElse("") + " entries " + getEntryIds();
  }
%}
}

// ---- supervision: the inspection -----------------------------------------------------------
%extend govshare::SupervisionWeights {
%proxycode %{
  /**
   * Weights of the six metrics of the score (any non-negative numbers; only their
   * proportions matter; checked by {@code Platform.inspect}). {@code new SupervisionWeights()}
   * holds the defaults 15, 15, 15, 15, 15, 25.
   */
  public static SupervisionWeights of(double completeness, double accuracy, double updates,
                                      double publication, double freshness, double timeliness) {
    SupervisionWeights weights = new SupervisionWeights();
    weights.setCompleteness(completeness);
    weights.setAccuracy(accuracy);
    weights.setUpdates(updates);
    weights.setPublication(publication);
    weights.setFreshness(freshness);
    weights.setTimeliness(timeliness);
    return weights;
  }

  /** E.g. {@code completeness=15.0 accuracy=15.0 ... timeliness=25.0}, for logs and test messages. */
  @Override
  public String toString() {
    return "completeness=" + getCompleteness() + " accuracy=" + getAccuracy() + " updates=" + getUpdates()
        + " publication=" + getPublication() + " freshness=" + getFreshness()
        + " timeliness=" + getTimeliness();
  }
%}
}

%extend govshare::SupervisionFinding {
%proxycode %{
  /** E.g. {@code A31(5) [A33(2)] entry:12 ...}, for logs and test messages. */
  @Override
  public String toString() {
    return getClause() + (getA33Ground() == 0 ? "" : " [A33(" + getA33Ground() + ")]")
        + (getObject().isEmpty() ? "" : " " + getObject()) + " " + getMessageZh();
  }
%}
}

%extend govshare::StepTimeliness {
%proxycode %{
  /** E.g. {@code form_check 1 completed, 0 on time, 1 overdue now}. */
  @Override
  public String toString() {
    return GovShare.toString(getKind()) + " " + getCompleted() + " completed, " + getOnTime() + " on time, "
        + getOverdueNow() + " overdue now";
  }
%}
}

%extend govshare::DepartmentInspection {
%proxycode %{
  /**
   * E.g. {@code #5 11320600MB1A2B3CXJ 南通市公安局 score 62.5 [A31(4) [A33(1)] entry:1 ...]},
   * for logs and test messages.
   */
  @Override
  public String toString() {
    return "#" + getRank() + " " + getDepartmentCode() + " " + getDepartmentName() + " score " + getScore()
        + " " + getFindings();
  }
%}
}

%extend govshare::InspectionReport {
%proxycode %{
  /**
   * E.g. {@code 2026-09-01..2026-09-30: 5 departments, city score 92.5}, then {@code ; calendar: ...}
   * when the platform calendar warns (next year's schedule missing); for logs and test messages.
   */
  @Override
  public String toString() {
    return getFrom() + ".." + getTo() + ": " + getDepartments().size() + " departments, city score "
        + getCity().getScore() + (getCalendarWarning().isEmpty() ? "" : "; calendar: " + getCalendarWarning());
  }
%}
}

// ---- supervision: rectification (A33) -----------------------------------------------------
%extend govshare::RectificationInput {
%proxycode %{
  /** A notice to {@code departmentCode} to rectify on A33 ground {@code a33Ground} (1–6) within {@code workingDays}. */
  public static RectificationInput of(String departmentCode, int a33Ground, String description, int workingDays) {
    return of(departmentCode, a33Ground, description, "", workingDays);
  }

  /** As {@link #of(String, int, String, int)}, about {@code object} (a finding's, e.g. {@code entry:12}). */
  public static RectificationInput of(String departmentCode, int a33Ground, String description, String object,
                                      int workingDays) {
    RectificationInput notice = new RectificationInput();
    notice.setDepartmentCode(departmentCode);
    notice.setA33Ground(a33Ground);
    notice.setDescription(description);
    notice.setObject(object);
    notice.setWorkingDays(workingDays);
    return notice;
  }

  /** E.g. {@code 11320600MB1A2B3CXJ A33(2) entry:12 in 5 working days: 未按更新周期更新已发布资源}. */
  @Override
  public String toString() {
    return getDepartmentCode() + " A33(" + getA33Ground() + ")" + (getObject().isEmpty() ? "" : " " + getObject())
        + " in " + getWorkingDays() + " working days: " + getDescription();
  }
%}
}

%extend govshare::Rectification {
%proxycode %{
  /**
   * E.g. {@code rectification:1 escalated 11320600MB1A2B3CXJ A33(2) due 2026-09-08T24:00:00+08:00},
   * for logs and test messages.
   */
  @Override
  public String toString() {
    RectificationInput notice = getNotice();
    return "rectification:" + getId() + " " + GovShare.toString(getStatus()) + " " + notice.getDepartmentCode()
        + " A33(" + notice.getA33Ground() + ")" + (notice.getObject().isEmpty() ? "" : " " + notice.getObject())
        + " due " + getDue().getDue() + (getResolution().isEmpty() ? "" : " (" + getResolution() + ")");
  }
%}
}
