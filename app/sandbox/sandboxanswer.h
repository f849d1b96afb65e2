#pragma once

#include "sandboxstate.h"

#include <QByteArray>
#include <QList>

namespace ait::sandbox {

// A part of an HTTP message: `bytes` repeated `repeat` times, or (numberedHeaders) the header lines
// "X-Pad-<i>: <i>\r\n" for i = 1 … repeat. A 100 MiB answer is described, never held.
struct Piece
{
    QByteArray bytes;
    qint64 repeat = 1;
    bool numberedHeaders = false;

    qint64 size() const;
};

// One answer of the API port before it is sent: the real one, or what a hostile mode makes of it.
struct Answer
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8"; // no Content-Type header when empty
    QList<Piece> extraHeaders; // complete header lines, CRLF included
    QList<Piece> body;
    int dripIntervalMs = 0;    // > 0: the whole message is written one byte per interval

    qint64 bodySize() const;
    // The whole message: status line, headers (Content-Length always), blank line, body.
    QList<Piece> message() const;
};

// Reads pieces front to back in chunks, producing repeated and numbered parts as it goes.
class PieceReader
{
public:
    explicit PieceReader(QList<Piece> pieces);
    bool atEnd() const { return m_index >= m_pieces.size(); }
    QByteArray read(qint64 max);
    QByteArray readAll(); // small messages and tests only

private:
    QList<Piece> m_pieces;
    qsizetype m_index = 0;
    qint64 m_line = 0;     // numbered pieces: the line being read (0-based)
    qint64 m_position = 0; // byte position in the piece (numbered: in the current line)
};

QByteArray reasonPhrase(int status);

// The real answer, as it is.
Answer plainAnswer(const Response &response);

// What hostile mode `faults.hostile` makes of `real` (the answer State gave):
//   truncated-json  200, the first half of the real body;
//   not-utf8        200, the real body with the bytes FF FE inside its first string value under
//                   "success" / "error" (or the first string value at all);
//   deep-nesting    200, {"resultType":"SUCCESS","success": 5,000 nested arrays };
//   duplicate-keys  200, {"resultType":"FAIL","resultType":"SUCCESS","success":<real success>}, or
//                   {"resultType":"SUCCESS","resultType":"FAIL","error":<real error>} when it was no SUCCESS;
//   redirect        hostileStatus with Location: hostileLocation and no body;
//   huge-body       200, the real envelope with an extra "pad" string so the body has hostileBytes bytes
//                   (or the least it can have, if that is larger);
//   huge-header     200, the real answer plus a header X-Pad of hostileBytes bytes;
//   many-headers    200, the real answer plus hostileBytes headers X-Pad-N: N;
//   drip            the real answer, one byte every hostileIntervalMs;
//   empty-200       200 with an empty body;  html-502  502 with a small text/html body.
Answer hostileAnswer(const Faults &faults, const Response &real);

} // namespace ait::sandbox
