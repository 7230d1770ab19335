package evmtest

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Key returns the i-th deterministic test key (the same on every run and in
// every process, so a dev-chain started with Address(0..n-1) funded can be
// driven with Key(0..n-1)). Never use these keys for real funds.
func Key(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("navarb evmtest key %d", i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(fmt.Sprintf("evmtest: key %d: %v", i, err)) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

// Address returns the address of Key(i).
func Address(i int) common.Address {
	return crypto.PubkeyToAddress(Key(i).PublicKey)
}
