// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface IUniswapV3PoolState {
    function slot0()
        external
        view
        returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool);
    function liquidity() external view returns (uint128);
    function tickSpacing() external view returns (int24);
    function fee() external view returns (uint24);
    function token0() external view returns (address);
    function token1() external view returns (address);
    function tickBitmap(int16 wordPosition) external view returns (uint256);
    function ticks(int24 tick)
        external
        view
        returns (uint128 liquidityGross, int128 liquidityNet, uint256, uint256, int56, uint160, uint32, bool);
}

/// @title UniswapV3PoolLens
/// @notice Reads a Uniswap V3 pool's swap state (slot0, liquidity, spacing, fee, tokens)
/// and its initialized ticks in one eth_call, so that everything comes from one block.
/// It is meant to be used without deploying it: eth_call its creation code with the
/// constructor arguments and no `to`; the call returns abi.encode(Snapshot), the same
/// bytes `snapshot` returns. Ticks are read in ascending order starting at compressed
/// tick `from` (tick / tickSpacing); a call stops after `maxTicks` ticks or `maxWords`
/// bitmap words and says where to resume (`next`) unless it is `done`. Keep `maxTicks`
/// at or below 200 for the creation-code form (its return is bounded by the 24,576-byte
/// code size limit).
contract UniswapV3PoolLens {
    int24 private constant MIN_TICK = -887272;
    int24 private constant MAX_TICK = 887272;

    struct Tick {
        int24 tick;
        uint128 liquidityGross;
        int128 liquidityNet;
    }

    struct Snapshot {
        uint256 blockNumber;
        uint160 sqrtPriceX96;
        int24 tick;
        uint128 liquidity;
        int24 tickSpacing;
        uint24 fee;
        address token0;
        address token1;
        int24 next;
        bool done;
        Tick[] ticks;
    }

    constructor(address pool, int24 from, uint256 maxTicks, uint256 maxWords) {
        bytes memory out = abi.encode(snapshot(pool, from, maxTicks, maxWords));
        assembly {
            return(add(out, 0x20), mload(out))
        }
    }

    function snapshot(address pool, int24 from, uint256 maxTicks, uint256 maxWords)
        public
        view
        returns (Snapshot memory s)
    {
        IUniswapV3PoolState p = IUniswapV3PoolState(pool);
        s.blockNumber = block.number;
        (s.sqrtPriceX96, s.tick,,,,,) = p.slot0();
        s.liquidity = p.liquidity();
        s.tickSpacing = p.tickSpacing();
        s.fee = p.fee();
        s.token0 = p.token0();
        s.token1 = p.token1();

        int24 spacing = s.tickSpacing;
        int24 minCompressed = MIN_TICK / spacing;
        if (MIN_TICK % spacing != 0) minCompressed--;
        int24 maxCompressed = MAX_TICK / spacing;

        int24 c = from < minCompressed ? minCompressed : from;
        Tick[] memory buf = new Tick[](maxTicks);
        uint256 n;
        uint256 words;
        while (c <= maxCompressed && n < maxTicks && words < maxWords) {
            int16 wordPos = int16(c >> 8);
            uint256 word = p.tickBitmap(wordPos) >> uint8(uint24(c));
            words++;
            while (word != 0 && n < maxTicks) {
                if (word & 1 != 0) {
                    int24 t = c * spacing;
                    (uint128 gross, int128 net,,,,,,) = p.ticks(t);
                    buf[n++] = Tick(t, gross, net);
                }
                word >>= 1;
                c++;
            }
            if (word == 0) c = (int24(wordPos) + 1) * 256;
        }
        assembly {
            mstore(buf, n)
        }
        s.ticks = buf;
        s.next = c;
        s.done = c > maxCompressed;
    }
}
