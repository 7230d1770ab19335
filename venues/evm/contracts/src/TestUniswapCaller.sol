// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface ITestERC20 {
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

interface IV2Pair {
    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external;
}

interface IV3Pool {
    function token0() external view returns (address);
    function token1() external view returns (address);
    function mint(address recipient, int24 tickLower, int24 tickUpper, uint128 amount, bytes calldata data)
        external
        returns (uint256 amount0, uint256 amount1);
    function burn(int24 tickLower, int24 tickUpper, uint128 amount) external returns (uint256 amount0, uint256 amount1);
    function collect(
        address recipient,
        int24 tickLower,
        int24 tickUpper,
        uint128 amount0Requested,
        uint128 amount1Requested
    ) external returns (uint128 amount0, uint128 amount1);
    function swap(
        address recipient,
        bool zeroForOne,
        int256 amountSpecified,
        uint160 sqrtPriceLimitX96,
        bytes calldata data
    ) external returns (int256 amount0, int256 amount1);
}

/// @title TestUniswapCaller
/// @notice Test-only helper that talks to Uniswap V2 pairs and V3 pools directly: a V2
/// swap in one transaction (pay the pair, then call swap), and V3 mint, burn and swap
/// with the callbacks those need. Tokens are pulled from the caller, who must have
/// approved this contract. V3 positions are owned by this contract, so anyone may burn
/// them: never use it where balances mean money.
contract TestUniswapCaller {
    /// @dev The pool whose callback is expected during a call, else zero.
    address private active;

    /// @notice v2SwapAndRevert's revert when the swap went through.
    error V2SwapSucceeded();

    /// @notice Pays `amountIn` of `tokenIn` from the caller into `pair`, then calls its
    /// swap. Reverts as the pair does ("UniswapV2: K") when the outputs ask too much.
    function v2Swap(
        address pair,
        address tokenIn,
        uint256 amountIn,
        uint256 amount0Out,
        uint256 amount1Out,
        address to
    ) external {
        require(ITestERC20(tokenIn).transferFrom(msg.sender, pair, amountIn), "TestUniswapCaller: pay");
        IV2Pair(pair).swap(amount0Out, amount1Out, to, "");
    }

    /// @notice Tries V2 swaps on `pair`, each paid by the caller in `tokenIn`, and
    /// reports for each whether the pair accepted it and, if not, its revert data. No
    /// swap persists: meant for eth_call, to test many candidate amounts at once.
    function v2Probe(
        address pair,
        address tokenIn,
        uint256[] calldata amountIns,
        uint256[] calldata amount0Outs,
        uint256[] calldata amount1Outs
    ) external returns (bool[] memory ok, bytes[] memory reasons) {
        uint256 n = amountIns.length;
        require(amount0Outs.length == n && amount1Outs.length == n, "TestUniswapCaller: lengths");
        ok = new bool[](n);
        reasons = new bytes[](n);
        for (uint256 i = 0; i < n; i++) {
            try this.v2SwapAndRevert(msg.sender, pair, tokenIn, amountIns[i], amount0Outs[i], amount1Outs[i]) {}
            catch (bytes memory reason) {
                if (reason.length == 4 && bytes4(reason) == V2SwapSucceeded.selector) {
                    ok[i] = true;
                } else {
                    reasons[i] = reason;
                }
            }
        }
    }

    /// @notice v2Probe's helper: swaps paid by `payer`, then always reverts
    /// (V2SwapSucceeded if the swap went through), so nothing it does persists.
    function v2SwapAndRevert(
        address payer,
        address pair,
        address tokenIn,
        uint256 amountIn,
        uint256 amount0Out,
        uint256 amount1Out
    ) external {
        require(ITestERC20(tokenIn).transferFrom(payer, pair, amountIn), "TestUniswapCaller: pay");
        IV2Pair(pair).swap(amount0Out, amount1Out, address(this), "");
        revert V2SwapSucceeded();
    }

    /// @notice Adds `amount` liquidity to [tickLower, tickUpper) of `pool`, paid by the caller.
    function v3Mint(address pool, int24 tickLower, int24 tickUpper, uint128 amount)
        external
        returns (uint256 amount0, uint256 amount1)
    {
        active = pool;
        (amount0, amount1) = IV3Pool(pool).mint(address(this), tickLower, tickUpper, amount, abi.encode(msg.sender));
        active = address(0);
    }

    /// @notice Removes `amount` liquidity from [tickLower, tickUpper) of `pool` and sends
    /// everything the position is owed to `to`.
    function v3Burn(address pool, int24 tickLower, int24 tickUpper, uint128 amount, address to)
        external
        returns (uint128 amount0, uint128 amount1)
    {
        IV3Pool(pool).burn(tickLower, tickUpper, amount);
        (amount0, amount1) = IV3Pool(pool).collect(to, tickLower, tickUpper, type(uint128).max, type(uint128).max);
    }

    /// @notice Swaps on `pool` as the pool's swap does (amountSpecified > 0: exact input,
    /// < 0: exact output), paid by the caller, output to `to`.
    function v3Swap(address pool, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, address to)
        external
        returns (int256 amount0, int256 amount1)
    {
        active = pool;
        (amount0, amount1) =
            IV3Pool(pool).swap(to, zeroForOne, amountSpecified, sqrtPriceLimitX96, abi.encode(msg.sender));
        active = address(0);
    }

    function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes calldata data) external {
        _pay(amount0Owed, amount1Owed, data);
    }

    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        _pay(amount0Delta > 0 ? uint256(amount0Delta) : 0, amount1Delta > 0 ? uint256(amount1Delta) : 0, data);
    }

    function _pay(uint256 amount0, uint256 amount1, bytes calldata data) private {
        require(msg.sender == active && active != address(0), "TestUniswapCaller: callback");
        address payer = abi.decode(data, (address));
        if (amount0 > 0) {
            require(ITestERC20(IV3Pool(msg.sender).token0()).transferFrom(payer, msg.sender, amount0), "TestUniswapCaller: pay0");
        }
        if (amount1 > 0) {
            require(ITestERC20(IV3Pool(msg.sender).token1()).transferFrom(payer, msg.sender, amount1), "TestUniswapCaller: pay1");
        }
    }
}
