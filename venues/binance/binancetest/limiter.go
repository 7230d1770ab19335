package binancetest

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// apiError is a Binance error answer.
type apiError struct {
	status     int
	code       int
	msg        string
	retryAfter time.Duration
}

func badRequest(code int, msg string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: code, msg: msg}
}

func mandatory(name string) *apiError {
	return badRequest(-1102, "Mandatory parameter '"+name+"' was not sent, was empty/null, or malformed.")
}

// limiter tracks one API family's request weight per minute, order counts
// and bans.
type limiter struct {
	weightLimit, orderLimit int

	minute   int64 // current weight window (unix minutes)
	used     int
	hit429   bool
	after429 int
	banned   time.Time

	win10s, winMin, winDay         int64
	orders10s, ordersMin, orders1d int
}

func newLimiter(weight, orders10s int) *limiter {
	return &limiter{weightLimit: weight, orderLimit: orders10s}
}

// admit charges weight at now. It returns the weight used in the current
// minute and a 429/418 error when over the limit or banned.
func (l *limiter) admit(now time.Time, weight, banAfter int, banFor time.Duration) (int, *apiError) {
	if now.Before(l.banned) {
		return l.used, banError(now, l.banned)
	}
	if m := now.Unix() / 60; m != l.minute {
		l.minute, l.used, l.hit429, l.after429 = m, 0, false, 0
	}
	l.used += weight
	if l.hit429 {
		l.after429++
		if l.after429 > banAfter {
			l.banned = now.Add(banFor)
			return l.used, banError(now, l.banned)
		}
	}
	if l.used > l.weightLimit {
		l.hit429 = true
		next := time.Unix((l.minute+1)*60, 0)
		return l.used, &apiError{
			status: http.StatusTooManyRequests, code: -1003, retryAfter: next.Sub(now),
			msg: fmt.Sprintf("Too many requests; current limit of IP(127.0.0.1) request weight is %d per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.", l.weightLimit),
		}
	}
	return l.used, nil
}

func banError(now, until time.Time) *apiError {
	return &apiError{
		status: http.StatusTeapot, code: -1003, retryAfter: until.Sub(now),
		msg: "Way too much request weight used; IP banned until " + strconv.FormatInt(until.UnixMilli(), 10) + ". Please use WebSocket Streams for live updates to avoid bans.",
	}
}

// order counts one new order at now; over the 10-second limit it fails with
// 429 -1015.
func (l *limiter) order(now time.Time) *apiError {
	if w := now.Unix() / 10; w != l.win10s {
		l.win10s, l.orders10s = w, 0
	}
	if w := now.Unix() / 60; w != l.winMin {
		l.winMin, l.ordersMin = w, 0
	}
	if w := now.Unix() / 86400; w != l.winDay {
		l.winDay, l.orders1d = w, 0
	}
	l.orders10s++
	l.ordersMin++
	l.orders1d++
	if l.orders10s > l.orderLimit {
		next := time.Unix((l.win10s+1)*10, 0)
		return &apiError{
			status: http.StatusTooManyRequests, code: -1015, retryAfter: next.Sub(now),
			msg: fmt.Sprintf("Too many new orders; current limit is %d orders per TEN_SECONDS.", l.orderLimit),
		}
	}
	return nil
}
