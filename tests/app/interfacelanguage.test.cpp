// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// One language at a time, as a person reads it: the real executable renders the wall and every
// desk page with `--texts` (every visible text item), and in Chinese no text may show English
// that Lookout wrote. Data stays as its source wrote it (storm and place names, identifiers,
// person ids, file names); the demo's own exercise labels are bilingual on purpose (“演练
// exercise”), and are the only English words allowed.
#include "lookoutprocess.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using lookout::test::ProcessRun;
using lookout::test::runLookout;
using lookout::test::suiteHome;

namespace {

// The Chinese translation's pairs whose translation differs from the source: a source shown
// whole in a Chinese interface was not translated (a wrong context, a missing tr); a translation
// shown whole in an English one was written in Chinese where English was asked for.
struct Translations {
    QSet<QString> sources;
    QSet<QString> translations;
};

Translations translationsOfZh()
{
    Translations found;
    QFile file(QStringLiteral(LOOKOUT_ZH_TS));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << LOOKOUT_ZH_TS;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && !source.contains(QLatin1Char('%')))
            if (const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements); translation != source) {
                found.sources.insert(source);
                found.translations.insert(translation);
            }
    }
    return found;
}

// English words a Chinese interface may show: the demo data's bilingual exercise labels
// ("演练 exercise", "演练注入 exercise inject", "演练角色 exercise role", "演练排班 exercise
// roster", "值班员 duty officer", "演示模板 demo template", "template thresholds").
const QSet<QString> kDataWords{QStringLiteral("exercise"), QStringLiteral("inject"), QStringLiteral("role"), QStringLiteral("roster"),
                               QStringLiteral("duty"), QStringLiteral("officer"), QStringLiteral("demo"), QStringLiteral("template"),
                               QStringLiteral("thresholds")};
// …and one capitalised: the demo exercise's incident title is bilingual ("防御台风“山竹”(1822)
// Typhoon Mangkhut"), as its author wrote it.
const QSet<QString> kDataNames{QStringLiteral("Typhoon")};

// What in `texts` a Chinese reader would see as English written by Lookout.
QStringList englishIn(const QStringList &texts)
{
    static const QSet<QString> sources = translationsOfZh().sources;
    // A lowercase word of three letters or more that is not part of an identifier, a path, an
    // address or a person's id (li.duty, team-xz-1, plan/…/4404, packaging/data/x.json).
    static const QRegularExpression word(QStringLiteral("(?<![\\w./@-])[a-z]{3,}(?![\\w./@-])"));
    // A capitalised word that is itself a source text of the translation ("Alert", "Actual").
    static const QRegularExpression capitalised(QStringLiteral("(?<![\\w./@-])[A-Z][a-z]{2,}(?![\\w./@-])"));
    // An English unit after a number ("24 h", "40 km/h", "12 mm").
    static const QRegularExpression unit(QStringLiteral("\\d\\s?(h|mm|km|km/h|m/s|kt|hPa)(?![\\w/])"));
    QStringList english;
    for (const QString &text : texts) {
        QString why;
        if (sources.contains(text))
            why = QStringLiteral("an untranslated source text");
        for (auto it = word.globalMatch(text); why.isEmpty() && it.hasNext();)
            if (const QString found = it.next().captured(); !kDataWords.contains(found))
                why = found;
        for (auto it = capitalised.globalMatch(text); why.isEmpty() && it.hasNext();)
            if (const QString found = it.next().captured(); sources.contains(found) && !kDataNames.contains(found))
                why = found;
        if (const auto match = unit.match(text); why.isEmpty() && match.hasMatch())
            why = match.captured();
        if (!why.isEmpty())
            english.append(text + QStringLiteral("  [\"") + why + QStringLiteral("\"]"));
    }
    return english;
}

// What in `texts` an English reader would see as Chinese written by Lookout: a Chinese
// translation shown whole (a label written in Chinese in the source, a translator that leaked).
QStringList chineseIn(const QStringList &texts)
{
    static const QSet<QString> translations = translationsOfZh().translations;
    QStringList chinese;
    for (const QString &text : texts)
        if (translations.contains(text))
            chinese.append(text);
    return chinese;
}

// The visible texts of one render.
QStringList textsOf(const QStringList &arguments)
{
    const ProcessRun run = runLookout(QStringList{QStringLiteral("render"), QStringLiteral("--texts"), QStringLiteral("--out"),
                                                  suiteHome().filePath(QStringLiteral("language.png"))}
                                          + arguments,
                                      suiteHome());
    EXPECT_EQ(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString();
    QStringList texts;
    for (const QString &line : run.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("text: ")))
            texts.append(line.mid(6));
    EXPECT_GT(texts.size(), 5) << arguments.join(QLatin1Char(' ')).toStdString();
    return texts;
}

const QStringList kPages{QStringLiteral("map"),       QStringLiteral("warnings"),  QStringLiteral("typhoon"), QStringLiteral("water"),
                         QStringLiteral("rainfall"),  QStringLiteral("fire"),      QStringLiteral("firedanger"), QStringLiteral("incidents"),
                         QStringLiteral("duty"),      QStringLiteral("plans"),     QStringLiteral("resources"), QStringLiteral("reports")};

} // namespace

// The check itself: English that Lookout writes is found, data and exercise labels are not.
TEST(InterfaceLanguage, TheCheckFindsEnglishAndLetsDataBe)
{
    EXPECT_EQ(englishIn({QStringLiteral("arrived: team-xz-1 at plan/zhuhai-typhoon/rescue-team/4404")}).size(), 1);
    EXPECT_EQ(englishIn({QStringLiteral("Start")}).size(), 1) << "a vocabulary word shown untranslated";
    EXPECT_EQ(englishIn({QStringLiteral("山竹 MANGKHUT 路径（CMA best track，按等级着色）")}).size(), 1);
    EXPECT_EQ(englishIn({QStringLiteral("实际 · Alert · 已过期")}).size(), 1) << "a CAP word left in English";
    EXPECT_EQ(englishIn({QStringLiteral("回放：之前 24 h 内无探测")}).size(), 1) << "an English unit in a Chinese sentence";
    EXPECT_EQ(englishIn({QStringLiteral("时速 40 km/h")}).size(), 1);
    EXPECT_TRUE(englishIn({QStringLiteral("2018-09-15 10:45 由 李值班 li.duty"), QStringLiteral("packaging/data/440400_full.json"),
                           QStringLiteral("【演练】防御台风“山竹”(1822) Typhoon Mangkhut"), QStringLiteral("三灶镇避护场所（演练 exercise） × 1500"),
                           QStringLiteral("Ctrl+R"), QStringLiteral("超强台风 SuperTY")})
                    .isEmpty());
}

// What `check` finds in the Mangkhut exercise, in `language`: the wall at every stop of its
// tour and every desk page, each finding named by where it is.
static QStringList findInMangkhut(const QString &language, QStringList (*check)(const QStringList &))
{
    const QStringList mangkhut{QStringLiteral("--lang"), language, QStringLiteral("--at"), QStringLiteral("2018-09-16T00:00Z")};
    QStringList found;
    for (const QString &text : check(textsOf(mangkhut + QStringList{QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--focus"),
                                                                   QStringLiteral("each"), QStringLiteral("--size"), QStringLiteral("1920x1080")})))
        found.append(QStringLiteral("wall: ") + text);
    for (const QString &page : kPages)
        for (const QString &text : check(textsOf(mangkhut + QStringList{QStringLiteral("--view"), QStringLiteral("desk"), QStringLiteral("--page"), page})))
            found.append(page + QStringLiteral(": ") + text);
    return found;
}

// Mangkhut in Chinese — timeline lines, CAP words, units, record names and report lines included.
TEST(InterfaceLanguage, TheChineseInterfaceShowsNoEnglishLookoutWrote)
{
    QStringList english = findInMangkhut(QStringLiteral("zh_CN"), englishIn);
    // A forest fire and a river flood: the fire and water pages' own words.
    for (const auto &[at, page] : {std::pair{"2025-04-12T22:30Z", "fire"}, std::pair{"2020-06-30T15:00Z", "water"}})
        for (const QString &text : englishIn(textsOf({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--at"), QString::fromLatin1(at),
                                                      QStringLiteral("--view"), QStringLiteral("desk"), QStringLiteral("--page"), QString::fromLatin1(page)})))
            english.append(QString::fromLatin1(page) + QStringLiteral(": ") + text);
    EXPECT_TRUE(english.isEmpty()) << english.join(QLatin1Char('\n')).toStdString();
}

// The same exercise in English: no text is a Chinese translation shown whole (data — place
// names, plan titles, task texts — stays Chinese, as the bureau wrote it).
TEST(InterfaceLanguage, TheEnglishInterfaceShowsNoChineseLookoutWrote)
{
    const QStringList chinese = findInMangkhut(QStringLiteral("en"), chineseIn);
    EXPECT_TRUE(chinese.isEmpty()) << chinese.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(chineseIn({QStringLiteral("暴雨"), QStringLiteral("Typhoon · 山竹 MANGKHUT")}), QStringList{QStringLiteral("暴雨")});
}
