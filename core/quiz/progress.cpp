#include "progress.h"

#include "jsonutil.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace dlt::quiz {

using nlohmann::json;

AttemptRecord recordOf(
    const Attempt &attempt, const std::string &when, const std::string &kind, const std::string &bank)
{
    const Summary s = attempt.summary();
    AttemptRecord r;
    r.when = when;
    r.kind = kind;
    r.bank = bank;
    r.seed = attempt.seed();
    r.questions = s.questions;
    r.correct = s.correct;
    r.earned = s.earned;
    r.possible = s.possible;
    r.topics = s.topics;
    return r;
}

void addAttempt(Progress &progress, AttemptRecord record)
{
    progress.attempts.push_back(std::move(record));
    if (progress.attempts.size() > size_t(kMaxStoredAttempts))
        progress.attempts.erase(progress.attempts.begin(),
            progress.attempts.begin() + long(progress.attempts.size() - size_t(kMaxStoredAttempts)));
}

std::vector<TopicScore> topicTotals(const Progress &progress)
{
    std::vector<TopicScore> out;
    for (const AttemptRecord &a : progress.attempts)
        for (const TopicScore &t : a.topics) {
            auto it = std::find_if(out.begin(), out.end(), [&](const TopicScore &o) { return o.topic == t.topic; });
            if (it == out.end()) {
                out.push_back(TopicScore { t.topic });
                it = out.end() - 1;
            }
            it->questions += t.questions;
            it->correct += t.correct;
            it->earned += t.earned;
            it->possible += t.possible;
        }
    return out;
}

namespace {

json topicJson(const TopicScore &t)
{
    return json { { "topic", t.topic }, { "questions", t.questions }, { "correct", t.correct }, { "earned", t.earned },
        { "possible", t.possible } };
}

struct Reader {
    int index = 0;
    std::optional<Error> error;

    void fail(const std::string &field)
    {
        if (!error)
            error = Error("progress.bad_field").with("index", (long long)index).with("field", field);
    }
    std::string str(const json &o, const char *f)
    {
        auto it = o.find(f);
        if (it == o.end() || !it->is_string()) {
            fail(f);
            return {};
        }
        return it->get<std::string>();
    }
    double num(const json &o, const char *f)
    {
        auto it = o.find(f);
        if (it == o.end() || !it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0) {
            fail(f);
            return 0;
        }
        return it->get<double>();
    }
    int count(const json &o, const char *f)
    {
        auto it = o.find(f);
        if (it == o.end() || !it->is_number_integer() || it->get<long long>() < 0
            || it->get<long long>() > 1'000'000'000LL) {
            fail(f);
            return 0;
        }
        return int(it->get<long long>());
    }
};

} // namespace

std::string progressToJson(const Progress &progress)
{
    json attempts = json::array();
    for (const AttemptRecord &a : progress.attempts) {
        json topics = json::array();
        for (const TopicScore &t : a.topics)
            topics.push_back(topicJson(t));
        attempts.push_back(json { { "when", a.when }, { "kind", a.kind }, { "bank", a.bank }, { "seed", a.seed },
            { "questions", a.questions }, { "correct", a.correct }, { "earned", a.earned }, { "possible", a.possible },
            { "topics", topics } });
    }
    const json root { { "format", kProgressFormat }, { "version", kProgressVersion }, { "attempts", attempts } };
    return root.dump(2) + "\n";
}

Result<Progress> parseProgress(std::string_view text)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Error("progress.empty");
    json root;
    if (auto err = jsonutil::parse(text, root, "progress"))
        return *err;
    if (!root.is_object() || root.value("format", json()) != kProgressFormat)
        return Error("progress.bad_format");
    const json version = root.value("version", json());
    if (!version.is_number_unsigned() || version.get<unsigned long long>() < 1)
        return Error("progress.bad_field").with("index", 0LL).with("field", std::string("version"));
    if (version.get<unsigned long long>() > (unsigned long long)kProgressVersion)
        return Error("progress.unsupported_version")
            .with("version", version.dump())
            .with("supported", (long long)kProgressVersion);
    auto attempts = root.find("attempts");
    if (attempts == root.end() || !attempts->is_array())
        return Error("progress.bad_field").with("index", 0LL).with("field", std::string("attempts"));
    Progress p;
    Reader r;
    for (const json &a : *attempts) {
        ++r.index;
        if (!a.is_object()) {
            r.fail("attempt");
            break;
        }
        AttemptRecord rec;
        rec.when = r.str(a, "when");
        rec.kind = r.str(a, "kind");
        rec.bank = r.str(a, "bank");
        if (auto it = a.find("seed"); it != a.end() && it->is_number_unsigned())
            rec.seed = it->get<std::uint64_t>();
        else
            r.fail("seed");
        rec.questions = r.count(a, "questions");
        rec.correct = r.count(a, "correct");
        rec.earned = r.num(a, "earned");
        rec.possible = r.num(a, "possible");
        auto topics = a.find("topics");
        if (topics == a.end() || !topics->is_array()) {
            r.fail("topics");
        } else {
            for (const json &t : *topics) {
                if (!t.is_object()) {
                    r.fail("topics");
                    break;
                }
                TopicScore ts;
                ts.topic = r.str(t, "topic");
                ts.questions = r.count(t, "questions");
                ts.correct = r.count(t, "correct");
                ts.earned = r.num(t, "earned");
                ts.possible = r.num(t, "possible");
                rec.topics.push_back(std::move(ts));
            }
        }
        if (r.error)
            return *r.error;
        addAttempt(p, std::move(rec));
    }
    if (r.error)
        return *r.error;
    return p;
}

} // namespace dlt::quiz
