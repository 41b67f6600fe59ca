#pragma once

#include "attempt.h"
#include "common/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlt::quiz {

/** The progress file's "format" value and the newest "version" this build reads and writes. */
inline constexpr const char *kProgressFormat = "dltutor-progress";
inline constexpr int kProgressVersion = 1;
/** The oldest attempts are dropped past this many. */
inline constexpr int kMaxStoredAttempts = 1000;

/** One finished attempt as stored: when, what, and the points overall and per topic. */
struct AttemptRecord {
    std::string when; ///< ISO 8601 UTC time given by the caller, e.g. "2026-03-01T10:15:00Z"
    std::string kind; ///< "quiz" or "mock"
    std::string bank; ///< the bank's title
    std::uint64_t seed = 0;
    int questions = 0;
    int correct = 0;
    double earned = 0; ///< points
    double possible = 0;
    std::vector<TopicScore> topics;
    bool operator==(const AttemptRecord &) const = default;
};

/** Every stored attempt, oldest first. */
struct Progress {
    std::vector<AttemptRecord> attempts;
    bool operator==(const Progress &) const = default;
};

/** The record of a finished attempt. */
AttemptRecord recordOf(
    const Attempt &attempt, const std::string &when, const std::string &kind, const std::string &bank);

/** Appends a record, dropping the oldest past kMaxStoredAttempts. */
void addAttempt(Progress &progress, AttemptRecord record);

/** Per-topic totals over every stored attempt, topics in order of first appearance. */
std::vector<TopicScore> topicTotals(const Progress &progress);

/** {"format": "dltutor-progress", "version": 1, "attempts": [...]} as indented JSON. */
std::string progressToJson(const Progress &progress);

/**
 * Reads a progress file. Errors: progress.empty, progress.invalid_json(line, column),
 * progress.truncated_json(line, column), progress.bad_format, progress.unsupported_version(version, supported),
 * progress.bad_field(index, field) (index is the 1-based attempt, 0 for the top level).
 */
Result<Progress> parseProgress(std::string_view text);

} // namespace dlt::quiz
