// Package notify posts navarb's alerts (kill switch, loop failures, stale
// venues) to a webhook. Notify never blocks the caller: alerts pass a token
// bucket (over the limit they are counted, and the count is reported with
// the next message or on its own when the bucket refills) into a bounded
// queue that one goroutine drains, with a timeout per attempt and retries
// with exponential backoff. The webhook URL often carries a secret token:
// it is never logged nor put in an error.
package notify
