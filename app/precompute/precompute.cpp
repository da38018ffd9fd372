// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: computes once what the program would otherwise compute at every start-up,
// and writes it where app/precompute/CMakeLists.txt compiles it into the resources.
//   re-precompute world-map WORLD.topojson OUT.bin   decoded, cut, projected, simplified map
//   re-precompute bundled-document OUT.json          the bundled summary, imported
#include "geo/WorldMap.h"
#include "import/DocumentLoader.h"
#include "io/AtomicWrite.h"
#include "io/DocumentJson.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <cstdio>
#include <optional>

namespace {

int fail(const QString &file, const QString &problem)
{
    std::fprintf(stderr, "re-precompute: %s: %s\n", qPrintable(file), qPrintable(problem));
    return 2;
}

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

int worldMap(const QString &input, const QString &output)
{
    QString error;
    const std::optional<QByteArray> json = readAll(input, &error);
    if (!json)
        return fail(input, error);
    const std::optional<re::WorldMap> map = re::WorldMap::fromTopoJson(*json, &error);
    if (!map)
        return fail(input, error);
    if (!re::writeFileAtomically(output, map->toBinary(), &error))
        return fail(output, error);
    return 0;
}

int bundledDocument(const QString &output)
{
    QString error;
    if (!re::writeFileAtomically(output, re::documentToJson(re::importBundledSummary()), &error))
        return fail(output, error);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.size() == 3 && arguments.at(0) == u"world-map")
        return worldMap(arguments.at(1), arguments.at(2));
    if (arguments.size() == 2 && arguments.at(0) == u"bundled-document")
        return bundledDocument(arguments.at(1));
    std::fputs("usage: re-precompute world-map WORLD.topojson OUT.bin\n"
               "       re-precompute bundled-document OUT.json\n",
        stderr);
    return 1;
}
