package binancetest

import (
	"crypto/rand"
	"time"
)

// listenKey is a user data stream key of the spot or futures account.
type listenKey struct {
	key     string
	futures bool
	expires time.Time
}

const keyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func randomKey() string {
	b := make([]byte, 64)
	rand.Read(b) //nolint:errcheck // crypto/rand.Read never fails
	for i := range b {
		b[i] = keyAlphabet[int(b[i])%len(keyAlphabet)]
	}
	return string(b)
}

// startKey returns the family's active listen key (extending it) or makes
// one. Caller holds x.mu.
func (x *Exchange) startKey(futures bool) string {
	exp := x.now().Add(x.o.ListenKeyTTL)
	for _, k := range x.keys {
		if k.futures == futures {
			k.expires = exp
			return k.key
		}
	}
	k := &listenKey{key: randomKey(), futures: futures, expires: exp}
	x.keys[k.key] = k
	return k.key
}

// keepKey extends key; false if it does not exist. Caller holds x.mu.
func (x *Exchange) keepKey(futures bool, key string) bool {
	k, ok := x.keys[key]
	if !ok || k.futures != futures {
		return false
	}
	k.expires = x.now().Add(x.o.ListenKeyTTL)
	return true
}

// closeKey deletes key; false if it does not exist. Caller holds x.mu.
func (x *Exchange) closeKey(futures bool, key string) bool {
	k, ok := x.keys[key]
	if !ok || k.futures != futures {
		return false
	}
	delete(x.keys, key)
	return true
}

// keyExpired is the listenKeyExpired event.
type keyExpired struct {
	Event     string `json:"e"`
	EventTime int64  `json:"E"`
	ListenKey string `json:"listenKey"`
}

// expireKeys ends keys past their expiry (all of them if force), telling
// their streams. Caller holds x.mu.
func (x *Exchange) expireKeys(force bool) {
	now := x.now()
	for key, k := range x.keys {
		if force || now.After(k.expires) {
			x.publish(k.futures, key, keyExpired{Event: "listenKeyExpired", EventTime: now.UnixMilli(), ListenKey: key})
			delete(x.keys, key)
		}
	}
}

// publishUser sends a user data event on the family's listen key streams.
// Caller holds x.mu.
func (x *Exchange) publishUser(futures bool, v any) {
	for key, k := range x.keys {
		if k.futures == futures {
			x.publish(futures, key, v)
		}
	}
}
