// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// The inventory as known at T, folded from a record of 1,000,000 entries (what `lookout resources
// list --at T` does: RecordState::knownAt). The record: one resources.imported entry of 2,000
// items (500 each of teams, depots with four stock lines, shelters and equipment), then 999,999
// entries one a minute: status, stock and occupancy changes, dispatch orders, arrivals and
// releases, each drafted by InventoryBook's own command against the inventory as it stood then,
// so every entry is one Lookout would have recorded. Built once per process in a temporary
// workspace; the generator keeps its own fold, which each benchmark iteration must equal.
#include "incidents/incidentledger.h"
#include "incidents/inventorybook.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <random>

using namespace lookout;
using namespace lookout::incidents;

namespace {

const QDateTime kStart(QDate(2018, 9, 1), QTime(0, 0), QTimeZone::utc());
constexpr qint64 kEntries = 1000000;
constexpr int kPerKind = 500;
constexpr int kItems = 4 * kPerKind;
// At most this many items taken out of service (resting, unavailable, closed, full) at once.
constexpr int kSidelinedAtMost = 200;

struct StockKind {
    const char *item;
    const char *unit;
};
const std::array<StockKind, 4> kStock{{{"sandbags", "bags"}, {"life-jackets", "pieces"}, {"pumps", "sets"}, {"tarpaulins", "sheets"}}};
const std::array<AreaRef, 8> kDistricts{{{QStringLiteral("440781"), QStringLiteral("台山市")},
                                         {QStringLiteral("440783"), QStringLiteral("开平市")},
                                         {QStringLiteral("440784"), QStringLiteral("鹤山市")},
                                         {QStringLiteral("440785"), QStringLiteral("恩平市")},
                                         {QStringLiteral("440705"), QStringLiteral("新会区")},
                                         {QStringLiteral("440402"), QStringLiteral("香洲区")},
                                         {QStringLiteral("440403"), QStringLiteral("斗门区")},
                                         {QStringLiteral("440404"), QStringLiteral("金湾区")}}};

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "inventory benchmark: %s\n", qPrintable(why));
    std::abort();
}

ResourceStatus readyStatus(ResourceKind kind)
{
    return kind == ResourceKind::Shelter ? ResourceStatus::Open : ResourceStatus::Available;
}

QList<ResourceStatus> outOfServiceStatuses(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Team: return {ResourceStatus::Resting, ResourceStatus::Unavailable};
    case ResourceKind::Shelter: return {ResourceStatus::Closed, ResourceStatus::Full};
    case ResourceKind::Depot:
    case ResourceKind::Equipment: return {ResourceStatus::Unavailable};
    }
    return {};
}

// Teams, depots, shelters, equipment in that order (item `i` is of kind i / kPerKind).
QList<InventoryItem> inventory(std::mt19937 &random)
{
    std::uniform_real_distribution<double> lon(112.6, 113.8), lat(21.7, 22.9);
    std::uniform_int_distribution<int> district(0, int(kDistricts.size()) - 1), people(8, 40), stock(500, 5000), capacity(200, 2000),
        equipment(1, 10);
    const QStringList specialties{QStringLiteral("water-rescue"), QStringLiteral("collapse"), QStringLiteral("medical")};
    const QStringList equipmentTypes{QStringLiteral("pump"), QStringLiteral("boat"), QStringLiteral("generator"), QStringLiteral("excavator")};
    QList<InventoryItem> items;
    for (int i = 0; i < kItems; ++i) {
        InventoryItem item;
        item.kind = ResourceKind(i / kPerKind);
        const int n = i % kPerKind + 1;
        item.area = kDistricts[std::size_t(district(random))];
        item.position = GeoPoint{lon(random), lat(random)};
        item.status = readyStatus(item.kind);
        switch (item.kind) {
        case ResourceKind::Team:
            item.id = QStringLiteral("team-%1").arg(n, 3, 10, QLatin1Char('0'));
            item.name = QStringLiteral("%1救援队 %2").arg(item.area.name).arg(n);
            item.unit = QStringLiteral("%1消防救援大队").arg(item.area.name);
            item.people = people(random);
            item.specialties = {specialties.at(n % specialties.size())};
            item.base = QStringLiteral("%1消防站").arg(item.area.name);
            break;
        case ResourceKind::Depot:
            item.id = QStringLiteral("depot-%1").arg(n, 3, 10, QLatin1Char('0'));
            item.name = QStringLiteral("%1防汛物资仓库 %2").arg(item.area.name).arg(n);
            for (const StockKind &line : kStock)
                item.stock.append({QLatin1String(line.item), double(stock(random)), QLatin1String(line.unit)});
            break;
        case ResourceKind::Shelter:
            item.id = QStringLiteral("shelter-%1").arg(n, 3, 10, QLatin1Char('0'));
            item.name = QStringLiteral("%1应急避难场所 %2").arg(item.area.name).arg(n);
            item.shelterLevel = QStringLiteral("township");
            item.shelterType = QStringLiteral("indoor");
            item.capacityDay = capacity(random);
            item.capacityNight = item.capacityDay * 4 / 5;
            break;
        case ResourceKind::Equipment:
            item.id = QStringLiteral("equipment-%1").arg(n, 3, 10, QLatin1Char('0'));
            item.equipmentType = equipmentTypes.at(n % equipmentTypes.size());
            item.name = QStringLiteral("%1 %2").arg(item.equipmentType).arg(n);
            item.quantity = equipment(random);
            break;
        }
        items.append(item);
    }
    return items;
}

struct Fixture {
    QString path;
    // The generator's own fold after the first N entries, for each N a benchmark asks for.
    std::map<qint64, InventoryBook> expected;
};

// Writes the record as it drafts it: each draft is folded into the generator's book at once (as
// the entry it becomes), so the next command is checked against the inventory as it stands.
class RecordWriter {
public:
    RecordWriter(store::Journal &journal, Fixture &fixture) : m_journal(journal), m_fixture(fixture) {}

    const InventoryBook &book() const { return m_book; }
    qint64 sequence() const { return m_sequence; }
    Actor actor(const char *user, const char *seat) const
    {
        return Actor{QLatin1String(user), QLatin1String(seat), kStart.addSecs(60 * m_sequence)};
    }

    // False (and nothing recorded) when the command refused.
    bool record(const Result<store::JournalDraft> &draft)
    {
        if (!draft)
            return false;
        store::JournalEntry entry;
        entry.sequence = ++m_sequence;
        entry.atMs = draft->at.toMSecsSinceEpoch();
        entry.user = draft->user;
        entry.seat = draft->seat;
        entry.kind = draft->kind;
        entry.payload = store::canonicalPayload(draft->payload);
        m_book.apply(entry);
        m_batch.append(*draft);
        m_lastPayload = entry.payload;
        if (auto wanted = m_fixture.expected.find(m_sequence); wanted != m_fixture.expected.end())
            wanted->second = m_book;
        if (m_batch.size() >= 50000)
            flush();
        return true;
    }

    void flush()
    {
        if (m_batch.isEmpty())
            return;
        auto appended = m_journal.append(m_batch);
        if (!appended)
            fail(appended.error().toString());
        // The record numbered and stored them as the generator folded them.
        if (appended->size() != m_batch.size() || appended->last().sequence != m_sequence || appended->last().payload != m_lastPayload)
            fail(QStringLiteral("the record holds other entries than the generator folded (at %1)").arg(m_sequence));
        m_batch.clear();
    }

private:
    store::Journal &m_journal;
    Fixture &m_fixture;
    InventoryBook m_book;
    QList<store::JournalDraft> m_batch;
    QByteArray m_lastPayload;
    qint64 m_sequence = 0;
};

void writeRecord(store::Journal &journal, Fixture &fixture)
{
    std::mt19937 random(20180916);
    RecordWriter writer(journal, fixture);
    if (!writer.record(writer.book().import(inventory(random), QStringLiteral("inventory-2018.csv"), writer.actor("wang.logistics", "desk-2"))))
        fail(QStringLiteral("the import was refused"));

    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    auto item = [&](int index) -> const InventoryItem & { return writer.book().items().at(index); };
    QList<int> sidelined; // items out of service, by index
    std::deque<int> open; // dispatches not yet released, oldest first
    std::array<qint64, 6> counts{}; // status, stock, occupancy, orders, arrivals, releases

    // Out of service and back: an item in service (not assigned) taken out, or one out put back.
    auto changeStatus = [&] {
        if (sidelined.size() < kSidelinedAtMost && uniform(0, 1) == 0) {
            const int index = uniform(0, kItems - 1);
            const InventoryItem &chosen = item(index);
            if (chosen.status != readyStatus(chosen.kind))
                return false;
            const QList<ResourceStatus> out = outOfServiceStatuses(chosen.kind);
            if (!writer.record(writer.book().setStatus(chosen.id, out.at(uniform(0, int(out.size()) - 1)), QStringLiteral("检修 maintenance"),
                                                       writer.actor("wang.logistics", "desk-2"))))
                fail(QStringLiteral("a status change was refused: %1").arg(chosen.id));
            sidelined.append(index);
        } else {
            if (sidelined.isEmpty())
                return false;
            const qsizetype at = uniform(0, int(sidelined.size()) - 1);
            const InventoryItem &chosen = item(sidelined.at(at));
            if (!writer.record(writer.book().setStatus(chosen.id, readyStatus(chosen.kind), QStringLiteral("back in service"),
                                                       writer.actor("wang.logistics", "desk-2"))))
                fail(QStringLiteral("a status change was refused: %1").arg(chosen.id));
            sidelined.swapItemsAt(at, sidelined.size() - 1);
            sidelined.removeLast();
        }
        ++counts[0];
        return true;
    };
    auto changeStock = [&] {
        const InventoryItem &depot = item(kPerKind + uniform(0, kPerKind - 1));
        const StockKind &line = kStock[std::size_t(uniform(0, int(kStock.size()) - 1))];
        if (!writer.record(writer.book().setStock(depot.id, QLatin1String(line.item), uniform(500, 5000), QLatin1String(line.unit),
                                                  writer.actor("wang.logistics", "desk-2"))))
            fail(QStringLiteral("a stock change was refused: %1").arg(depot.id));
        ++counts[1];
        return true;
    };
    auto changeOccupancy = [&] {
        const InventoryItem &shelter = item(2 * kPerKind + uniform(0, kPerKind - 1));
        if (!writer.record(writer.book().setOccupancy(shelter.id, uniform(0, shelter.capacityNight / 2), writer.actor("zhou.shelters", "desk-3"))))
            fail(QStringLiteral("an occupancy change was refused: %1").arg(shelter.id));
        ++counts[2];
        return true;
    };
    // A dispatch of whatever a random item can give; a few tries, as the command refuses what is
    // assigned, out of service or not enough.
    auto order = [&] {
        const QString incident = QStringLiteral("2018-%1").arg(1 + writer.sequence() / (7 * 24 * 60), 3, 10, QLatin1Char('0'));
        for (int attempt = 0; attempt < 8; ++attempt) {
            const InventoryItem &chosen = item(uniform(0, kItems - 1));
            QString resource = chosen.id;
            qint64 quantity = 1;
            switch (chosen.kind) {
            case ResourceKind::Team: break;
            case ResourceKind::Equipment: quantity = uniform(1, std::max(1, chosen.quantity)); break;
            case ResourceKind::Shelter: quantity = uniform(1, 100); break;
            case ResourceKind::Depot: {
                const StockLine &line = chosen.stock.at(uniform(0, int(chosen.stock.size()) - 1));
                resource += QLatin1Char('/') + line.item;
                quantity = uniform(1, std::clamp(int(line.quantity), 1, 200));
                break;
            }
            }
            if (writer.record(writer.book().orderDispatch(resource, incident, QStringLiteral("转移安置 need %1").arg(writer.sequence()), quantity,
                                                          uniform(10, 120), writer.actor("li.duty", "desk-1")))) {
                open.push_back(int(writer.book().dispatches().size()));
                ++counts[3];
                return true;
            }
        }
        return false;
    };
    // The oldest open dispatch moves on: it arrives, then it is released.
    auto progress = [&] {
        if (open.empty())
            return false;
        const int number = open.front();
        const Actor actor = writer.actor("li.duty", "desk-1");
        if (!writer.book().dispatch(number)->arrivedAt.isValid()) {
            if (!writer.record(writer.book().reportArrival(number, actor)))
                fail(QStringLiteral("an arrival was refused: dispatch %1").arg(number));
            ++counts[4];
        } else {
            if (!writer.record(writer.book().release(number, actor)))
                fail(QStringLiteral("a release was refused: dispatch %1").arg(number));
            open.pop_front();
            ++counts[5];
        }
        return true;
    };

    // Per minute: 12% status, 15% stock, 15% occupancy, 18% dispatch orders, 40% arrivals and
    // releases (a little more than the orders need, so the open dispatches stay few).
    while (writer.sequence() < kEntries) {
        const int roll = uniform(0, 99);
        bool done = roll < 12 ? changeStatus() : roll < 27 ? changeStock() : roll < 42 ? changeOccupancy() : roll < 60 ? order() : false;
        if (!done)
            done = progress();
        if (!done)
            changeStock();
    }
    writer.flush();
    std::fprintf(stderr,
                 "inventory benchmark: 1 import of %d items, %lld status, %lld stock, %lld occupancy changes, %lld dispatch orders, "
                 "%lld arrivals, %lld releases (%zu still open)\n",
                 kItems, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], open.size());
}

const Fixture &inventoryRecord()
{
    static QTemporaryDir dir;
    static const Fixture built = [] {
        QElapsedTimer timer;
        timer.start();
        Fixture made;
        made.path = dir.filePath(QStringLiteral("inventory.gpkg"));
        made.expected = {{kEntries / 2, {}}, {kEntries, {}}};
        if (auto created = store::Workspace::create(made.path, kStart); !created)
            fail(created.error().toString());
        auto journal = store::openSqliteJournal(made.path);
        if (!journal)
            fail(journal.error().toString());
        if (auto count = (*journal)->count(); !count || *count != 0)
            fail(QStringLiteral("a new workspace's record is not empty"));
        writeRecord(**journal, made);
        std::fprintf(stderr, "inventory benchmark: record of %lld entries drafted and written in %.1f s\n", kEntries, double(timer.elapsed()) / 1000);
        return made;
    }();
    return built;
}

// state.range(0): how many entries T knows of (T is the minute of the last of them).
void BM_InventoryKnownAt1MEntries(benchmark::State &state)
{
    const qint64 known = state.range(0);
    const Fixture &built = inventoryRecord();
    const auto expected = built.expected.find(known);
    if (expected == built.expected.end())
        fail(QStringLiteral("no expected fold after %1 entries").arg(known));
    auto journal = store::openSqliteJournal(built.path);
    if (!journal)
        fail(journal.error().toString());
    const QDateTime at = kStart.addSecs(60 * (known - 1));
    qsizetype dispatches = 0, open = 0;
    for (auto _ : state) {
        auto folded = RecordState::knownAt(**journal, at);
        if (!folded)
            fail(folded.error().toString());
        const InventoryBook &inventory = folded->inventory;
        if (folded->head() != known || inventory.items().size() != kItems || inventory.items() != expected->second.items()
            || inventory.dispatches().size() != expected->second.dispatches().size())
            fail(QStringLiteral("the inventory as known at %1 is not the one the record was written from").arg(at.toString(Qt::ISODate)));
        dispatches = inventory.dispatches().size();
        open = std::count_if(inventory.dispatches().begin(), inventory.dispatches().end(), [](const Dispatch &d) { return d.isOpen(); });
        benchmark::DoNotOptimize(folded);
    }
    state.SetItemsProcessed(state.iterations() * known);
    state.counters["dispatches"] = double(dispatches);
    state.counters["open"] = double(open);
}

} // namespace

BENCHMARK(BM_InventoryKnownAt1MEntries)->Arg(kEntries)->Arg(kEntries / 2)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
