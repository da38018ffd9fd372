// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the tests that go "online": it serves recorded pages
// and written answers by path, and can misbehave on purpose (never answer, announce or send too
// much, redirect elsewhere). Tests point the program at it through RE_OEIL_BASE_URL and
// RE_HOWTHEYVOTE_BASE_URL; nothing leaves the machine.

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

class LocalSite : public QObject
{
public:
    struct Answer
    {
        enum class Mode {
            Normal,
            Silent, ///< reads the request and never answers
            AnnounceTooMuch, ///< announces `length` bytes and sends a few
            Stream, ///< sends `length` bytes without announcing them
        };
        int status = 200;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
        QByteArray location; ///< for a redirect
        Mode mode = Mode::Normal;
        qint64 length = 0;
        int delayMs = 0; ///< before answering
    };

    explicit LocalSite(QObject *parent = nullptr) : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QString base() const { return u"http://127.0.0.1:"_qs + QString::number(port()); }

    /// `target` is the path with its query, percent-decoded: "/oeil/en/document-summary?id=1".
    void route(const QString &target, const Answer &answer) { m_routes.insert(target, answer); }
    void routeFile(const QString &target, const QString &file, const QByteArray &contentType)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("LocalSite: cannot read %s", qPrintable(file));
        Answer answer;
        answer.body = in.readAll();
        answer.contentType = contentType;
        route(target, answer);
    }

    /// The targets asked for, in order, and the User-Agent of each request.
    QStringList requests;
    QList<QByteArray> userAgents;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->clear();
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QString target = QUrl::fromPercentEncoding(requestLine.value(1));
            QByteArray agent;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("user-agent:"))
                    agent = line.mid(11).trimmed();
            }
            requests.append(target);
            userAgents.append(agent);
            const Answer answer = m_routes.value(target, notFound());
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(answer.delayMs, this, [this, guard, answer] {
                if (guard)
                    respond(guard, answer);
            });
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    static Answer notFound()
    {
        Answer answer;
        answer.status = 404;
        answer.body = "<html><body><h1>Not Found</h1></body></html>";
        return answer;
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 202:
            return "Accepted";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        default:
            return "Status";
        }
    }

    void respond(QTcpSocket *socket, const Answer &answer)
    {
        using Mode = Answer::Mode;
        if (answer.mode == Mode::Silent)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
            + reason(answer.status) + "\r\nContent-Type: " + answer.contentType
            + "\r\nConnection: close\r\n";
        if (!answer.location.isEmpty())
            head += "Location: " + answer.location + "\r\n";
        if (answer.mode == Mode::Normal)
            head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        if (answer.mode == Mode::AnnounceTooMuch)
            head += "Content-Length: " + QByteArray::number(answer.length) + "\r\n";
        socket->write(head + "\r\n");
        if (answer.mode == Mode::Stream) {
            const QByteArray chunk(64 * 1024, 'x');
            for (qint64 sent = 0; sent < answer.length; sent += chunk.size())
                socket->write(chunk);
        } else if (answer.mode == Mode::AnnounceTooMuch) {
            socket->write(QByteArray(1024, 'x'));
            return;
        } else {
            socket->write(answer.body);
        }
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QString, Answer> m_routes;
};
