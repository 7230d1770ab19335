// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface INavFeed {
    function latest() external view returns (uint256 price, uint256 updatedAt);
}

interface INavERC20 {
    function balanceOf(address) external view returns (uint256);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

/// @title NavLeveragedToken
/// @notice navarb's reference leveraged token: an ERC20 that is also its own issuer. It is the
/// chain the demos, the end-to-end tests and paper mode run against when no real chain is
/// reachable; it is deliberately simple, not a production design.
///
/// Accounting. The token is backed by `collateral` raw units of the collateral token (e.g.
/// WETH) and owes `debt` raw units of the quote token (e.g. USDC). A price feed gives
/// `price`: quote units per collateral unit, scaled by 1e18. With S the supply (including the
/// streaming fee not yet minted, see below), all in raw units:
///
///     equity   E   = collateral * price / 1e18 - debt            (quote units)
///     NAV          = E * 1e18 / S                                (quote units per 1e18 tokens)
///     leverage L   = collateral * price / 1e18 / E               (scaled by 1e18)
///
/// Counterparty. The contract also holds a reserve that the owner funds: collateral above
/// `collateral` and all of its quote balance. The reserve sells and buys collateral at the
/// feed price and lends the debt, so mint and redeem settle in the quote token at NAV:
///
///     mint q:    c = ceil(q*collateral/S), d = floor(q*debt/S),
///                cost = ceil(c*price/1e18) - d,  fee = ceil(cost*mintFeeBps/1e4),
///                the caller pays cost + fee; collateral += c, debt += d.
///     redeem q:  c = floor(q*collateral/S), d = ceil(q*debt/S),
///                gross = floor(c*price/1e18) - d, fee = ceil(gross*redeemFeeBps/1e4),
///                the caller receives gross - fee; collateral -= c, debt -= d.
///
/// Rounding always favours the remaining holders. Fees go to `feeRecipient`.
///
/// Streaming fee (Set Protocol style): over dt seconds at an annual rate r (1e18 = 100%)
/// the fraction f = r*dt/YEAR of the token is due, paid by minting f*S/(1-f) new tokens to
/// `feeRecipient`, which dilutes every holder by exactly f. Every state change accrues it first;
/// views include the pending amount, so previews equal what the next call pays.
///
/// Rebalance. The keeper may rebalance when L leaves [minLeverage, maxLeverage]; anyone may pull
/// the ripcord when L exceeds ripcordLeverage (also while paused). Both move L back to
/// targetLeverage at the feed price, keeping E: collateral' = E*target/price,
/// debt' = collateral'*price/1e18 - E (trading collateral with the reserve).
contract NavLeveragedToken {
    // ERC20.
    string public name;
    string public symbol;
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    uint256 private constant ONE = 1e18;
    uint256 private constant BPS = 10_000;
    uint256 private constant YEAR = 365 days;
    uint256 public constant MAX_TRADE_FEE_BPS = 500;
    uint256 public constant MAX_STREAMING_FEE = 0.1e18;

    address public immutable collateralToken;
    address public immutable quoteToken;
    address public immutable feed;
    address public owner;
    address public keeper;
    address public feeRecipient;

    uint256 public collateral;
    uint256 public debt;

    uint256 public mintFeeBps;
    uint256 public redeemFeeBps;
    uint256 public streamingFeeRate;
    uint256 public lastFeeAccrual;

    uint256 public minLeverage;
    uint256 public targetLeverage;
    uint256 public maxLeverage;
    uint256 public ripcordLeverage;
    uint256 public maxPriceAge;

    bool public paused;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event Minted(address indexed payer, address indexed to, uint256 quantity, uint256 collateralAdded, uint256 debtAdded, uint256 quoteIn, uint256 fee);
    event Redeemed(address indexed holder, address indexed to, uint256 quantity, uint256 collateralRemoved, uint256 debtRepaid, uint256 quoteOut, uint256 fee);
    event StreamingFeeAccrued(uint256 feeTokens, uint256 elapsed);
    event Rebalanced(address indexed caller, bool ripcord, uint256 leverageBefore, uint256 leverageAfter, uint256 collateral, uint256 debt);
    event FeesSet(uint256 mintFeeBps, uint256 redeemFeeBps, uint256 streamingFeeRate);
    event BandsSet(uint256 minLeverage, uint256 targetLeverage, uint256 maxLeverage, uint256 ripcordLeverage);
    event PausedSet(bool paused);
    event KeeperSet(address keeper);
    event FeeRecipientSet(address feeRecipient);
    event MaxPriceAgeSet(uint256 maxPriceAge);
    event ReserveFunded(uint256 collateralUnits, uint256 quoteUnits);
    event ReserveWithdrawn(address indexed to, uint256 collateralUnits, uint256 quoteUnits);

    error NotOwner();
    error NotKeeper();
    error IsPaused();
    error StalePrice(uint256 age, uint256 maxAge);
    error AlreadyBootstrapped();
    error NotBootstrapped();
    error Insolvent();
    error ZeroQuantity();
    error Slippage(uint256 amount, uint256 limit);
    error ReserveShort(uint256 needed, uint256 available);
    error WithinBands(uint256 leverage);
    error BelowRipcord(uint256 leverage);
    error BadParameter();
    error TokenTransfer();
    error InsufficientBalance();
    error InsufficientAllowance();

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    modifier whenNotPaused() {
        if (paused) revert IsPaused();
        _;
    }

    /// @param bands [minLeverage, targetLeverage, maxLeverage, ripcordLeverage], 1e18 = 1x.
    /// @param fees [mintFeeBps, redeemFeeBps, streamingFeeRate (1e18 = 100% a year)].
    constructor(
        string memory name_,
        string memory symbol_,
        address collateralToken_,
        address quoteToken_,
        address feed_,
        uint256[4] memory bands,
        uint256[3] memory fees,
        uint256 maxPriceAge_
    ) {
        name = name_;
        symbol = symbol_;
        collateralToken = collateralToken_;
        quoteToken = quoteToken_;
        feed = feed_;
        owner = msg.sender;
        keeper = msg.sender;
        feeRecipient = msg.sender;
        lastFeeAccrual = block.timestamp;
        _setBands(bands[0], bands[1], bands[2], bands[3]);
        _setFees(fees[0], fees[1], fees[2]);
        maxPriceAge = maxPriceAge_;
    }

    // ---- views ----

    /// @notice The feed price, reverting when older than maxPriceAge.
    function price() public view returns (uint256) {
        (uint256 p, uint256 updated) = INavFeed(feed).latest();
        uint256 age = block.timestamp - updated;
        if (age > maxPriceAge) revert StalePrice(age, maxPriceAge);
        return p;
    }

    /// @notice Tokens the streaming fee would mint if accrued now.
    function pendingStreamingFee() public view returns (uint256) {
        uint256 dt = block.timestamp - lastFeeAccrual;
        if (totalSupply == 0 || dt == 0 || streamingFeeRate == 0) return 0;
        uint256 f = streamingFeeRate * dt / YEAR;
        if (f > ONE / 2) f = ONE / 2; // bound the dilution of a very late accrual
        return totalSupply * f / (ONE - f);
    }

    /// @notice Supply including the pending streaming fee.
    function effectiveSupply() public view returns (uint256) {
        return totalSupply + pendingStreamingFee();
    }

    /// @notice Equity in quote units at the feed price (0 when insolvent).
    function equity() public view returns (uint256) {
        uint256 value = collateral * price() / ONE;
        return value > debt ? value - debt : 0;
    }

    /// @notice Net asset value in quote units per 1e18 tokens.
    function nav() external view returns (uint256) {
        uint256 s = effectiveSupply();
        return s == 0 ? 0 : equity() * ONE / s;
    }

    /// @notice Current leverage, 1e18 = 1x (max uint when insolvent, 0 before bootstrap).
    function leverage() public view returns (uint256) {
        uint256 value = collateral * price() / ONE;
        if (value == 0) return 0;
        if (value <= debt) return type(uint256).max;
        return value * ONE / (value - debt);
    }

    /// @notice The token NavArbExecutor trades for this issuer: the issuer itself.
    function token() external view returns (address) {
        return address(this);
    }

    /// @notice Whether the keeper may rebalance now.
    function shouldRebalance() external view returns (bool) {
        uint256 l = leverage();
        return totalSupply > 0 && (l < minLeverage || l > maxLeverage);
    }

    /// @notice Collateral of the reserve (not backing the token).
    function reserveCollateral() public view returns (uint256) {
        return INavERC20(collateralToken).balanceOf(address(this)) - collateral;
    }

    /// @notice Quote units the caller pays to mint `quantity` now, and the fee within it.
    function previewMint(uint256 quantity) public view returns (uint256 quoteIn, uint256 fee) {
        (,, quoteIn, fee) = _mintAmounts(quantity, effectiveSupply());
    }

    /// @notice Quote units the caller receives for redeeming `quantity` now, and the fee taken.
    function previewRedeem(uint256 quantity) public view returns (uint256 quoteOut, uint256 fee) {
        (,, quoteOut, fee) = _redeemAmounts(quantity, effectiveSupply());
    }

    // ---- issuance ----

    /// @notice Creates the first `quantity` tokens for the owner, backed by `collateralUnits`
    /// from the reserve and `debtUnits` of debt; the owner pays the equity in quote units.
    function bootstrap(uint256 quantity, uint256 collateralUnits, uint256 debtUnits) external onlyOwner {
        if (totalSupply != 0) revert AlreadyBootstrapped();
        if (quantity == 0) revert ZeroQuantity();
        uint256 value = _ceilDiv(collateralUnits * price(), ONE);
        if (value <= debtUnits) revert Insolvent();
        uint256 reserve = reserveCollateral();
        if (reserve < collateralUnits) revert ReserveShort(collateralUnits, reserve);
        uint256 cost = value - debtUnits;
        _pull(quoteToken, msg.sender, address(this), cost);
        collateral = collateralUnits;
        debt = debtUnits;
        lastFeeAccrual = block.timestamp;
        _mint(msg.sender, quantity);
        emit Minted(msg.sender, msg.sender, quantity, collateralUnits, debtUnits, cost, 0);
    }

    /// @notice Mints `quantity` tokens to `to` for at most `maxQuoteIn` quote units (fee
    /// included) pulled from the caller.
    function mint(uint256 quantity, uint256 maxQuoteIn, address to) external whenNotPaused returns (uint256 quoteIn) {
        if (quantity == 0) revert ZeroQuantity();
        if (totalSupply == 0) revert NotBootstrapped();
        _accrue();
        (uint256 c, uint256 d, uint256 total, uint256 fee) = _mintAmounts(quantity, totalSupply);
        if (total > maxQuoteIn) revert Slippage(total, maxQuoteIn);
        uint256 reserve = reserveCollateral();
        if (reserve < c) revert ReserveShort(c, reserve);
        collateral += c;
        debt += d;
        _pull(quoteToken, msg.sender, address(this), total - fee);
        if (fee > 0) _pull(quoteToken, msg.sender, feeRecipient, fee);
        _mint(to, quantity);
        emit Minted(msg.sender, to, quantity, c, d, total, fee);
        return total;
    }

    /// @notice Burns `quantity` of the caller's tokens and pays at least `minQuoteOut` quote
    /// units (after the fee) to `to`.
    function redeem(uint256 quantity, uint256 minQuoteOut, address to) external whenNotPaused returns (uint256 quoteOut) {
        if (quantity == 0) revert ZeroQuantity();
        _accrue();
        (uint256 c, uint256 d, uint256 out, uint256 fee) = _redeemAmounts(quantity, totalSupply);
        if (out < minQuoteOut) revert Slippage(out, minQuoteOut);
        uint256 have = INavERC20(quoteToken).balanceOf(address(this));
        if (have < out + fee) revert ReserveShort(out + fee, have);
        _burn(msg.sender, quantity);
        collateral -= c;
        debt -= d;
        _push(quoteToken, to, out);
        if (fee > 0) _push(quoteToken, feeRecipient, fee);
        emit Redeemed(msg.sender, to, quantity, c, d, out, fee);
        return out;
    }

    // ---- fees and rebalancing ----

    /// @notice Mints the streaming fee accrued since the last accrual to feeRecipient.
    function accrueStreamingFee() external {
        _accrue();
    }

    /// @notice Keeper: moves leverage back to target when it left [minLeverage, maxLeverage].
    function rebalance() external whenNotPaused {
        if (msg.sender != keeper) revert NotKeeper();
        uint256 l = leverage();
        if (l >= minLeverage && l <= maxLeverage) revert WithinBands(l);
        _accrue();
        _moveToTarget(l, false);
    }

    /// @notice Anyone: delevers to target when leverage exceeds ripcordLeverage, even paused.
    function ripcord() external {
        uint256 l = leverage();
        if (l <= ripcordLeverage) revert BelowRipcord(l);
        _accrue();
        _moveToTarget(l, true);
    }

    // ---- owner ----

    function pause(bool on) external onlyOwner {
        paused = on;
        emit PausedSet(on);
    }

    function setFees(uint256 mintFeeBps_, uint256 redeemFeeBps_, uint256 streamingFeeRate_) external onlyOwner {
        _accrue();
        _setFees(mintFeeBps_, redeemFeeBps_, streamingFeeRate_);
    }

    function setBands(uint256 min_, uint256 target_, uint256 max_, uint256 ripcord_) external onlyOwner {
        _setBands(min_, target_, max_, ripcord_);
    }

    function setKeeper(address keeper_) external onlyOwner {
        keeper = keeper_;
        emit KeeperSet(keeper_);
    }

    function setFeeRecipient(address to) external onlyOwner {
        _accrue();
        feeRecipient = to;
        emit FeeRecipientSet(to);
    }

    function setMaxPriceAge(uint256 age) external onlyOwner {
        maxPriceAge = age;
        emit MaxPriceAgeSet(age);
    }

    /// @notice Adds collateral and quote units to the reserve, pulled from the owner.
    function fundReserve(uint256 collateralUnits, uint256 quoteUnits) external onlyOwner {
        if (collateralUnits > 0) _pull(collateralToken, msg.sender, address(this), collateralUnits);
        if (quoteUnits > 0) _pull(quoteToken, msg.sender, address(this), quoteUnits);
        emit ReserveFunded(collateralUnits, quoteUnits);
    }

    /// @notice Takes reserve assets out; never the collateral backing the token.
    function withdrawReserve(address to, uint256 collateralUnits, uint256 quoteUnits) external onlyOwner {
        uint256 reserve = reserveCollateral();
        if (collateralUnits > reserve) revert ReserveShort(collateralUnits, reserve);
        if (collateralUnits > 0) _push(collateralToken, to, collateralUnits);
        if (quoteUnits > 0) _push(quoteToken, to, quoteUnits);
        emit ReserveWithdrawn(to, collateralUnits, quoteUnits);
    }

    // ---- ERC20 ----

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        _transfer(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < amount) revert InsufficientAllowance();
            allowance[from][msg.sender] = allowed - amount;
        }
        _transfer(from, to, amount);
        return true;
    }

    // ---- internals ----

    function _mintAmounts(uint256 q, uint256 s)
        private
        view
        returns (uint256 c, uint256 d, uint256 total, uint256 fee)
    {
        if (s == 0) revert NotBootstrapped();
        c = _ceilDiv(q * collateral, s);
        d = q * debt / s;
        uint256 value = _ceilDiv(c * price(), ONE);
        if (value <= d) revert Insolvent();
        uint256 cost = value - d;
        fee = _ceilDiv(cost * mintFeeBps, BPS);
        total = cost + fee;
    }

    function _redeemAmounts(uint256 q, uint256 s)
        private
        view
        returns (uint256 c, uint256 d, uint256 out, uint256 fee)
    {
        if (s == 0 || q > s) revert NotBootstrapped();
        c = q * collateral / s;
        d = _ceilDiv(q * debt, s);
        uint256 value = c * price() / ONE;
        if (value <= d) revert Insolvent();
        uint256 gross = value - d;
        fee = _ceilDiv(gross * redeemFeeBps, BPS);
        out = gross - fee;
    }

    function _accrue() private {
        uint256 feeTokens = pendingStreamingFee();
        uint256 elapsed = block.timestamp - lastFeeAccrual;
        lastFeeAccrual = block.timestamp;
        if (feeTokens > 0) {
            _mint(feeRecipient, feeTokens);
            emit StreamingFeeAccrued(feeTokens, elapsed);
        }
    }

    function _moveToTarget(uint256 before, bool isRipcord) private {
        uint256 p = price();
        uint256 value = collateral * p / ONE;
        if (value <= debt) revert Insolvent();
        uint256 e = value - debt;
        uint256 newCollateral = e * targetLeverage / p;
        uint256 newDebt = newCollateral * p / ONE - e;
        if (newCollateral > collateral) {
            uint256 reserve = reserveCollateral();
            if (reserve < newCollateral - collateral) revert ReserveShort(newCollateral - collateral, reserve);
        }
        collateral = newCollateral;
        debt = newDebt;
        emit Rebalanced(msg.sender, isRipcord, before, leverage(), newCollateral, newDebt);
    }

    function _setFees(uint256 m, uint256 r, uint256 s) private {
        if (m > MAX_TRADE_FEE_BPS || r > MAX_TRADE_FEE_BPS || s > MAX_STREAMING_FEE) revert BadParameter();
        mintFeeBps = m;
        redeemFeeBps = r;
        streamingFeeRate = s;
        emit FeesSet(m, r, s);
    }

    function _setBands(uint256 min_, uint256 target_, uint256 max_, uint256 ripcord_) private {
        if (!(ONE <= min_ && min_ <= target_ && target_ <= max_ && max_ <= ripcord_)) revert BadParameter();
        minLeverage = min_;
        targetLeverage = target_;
        maxLeverage = max_;
        ripcordLeverage = ripcord_;
        emit BandsSet(min_, target_, max_, ripcord_);
    }

    function _mint(address to, uint256 amount) private {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function _burn(address from, uint256 amount) private {
        uint256 b = balanceOf[from];
        if (b < amount) revert InsufficientBalance();
        balanceOf[from] = b - amount;
        totalSupply -= amount;
        emit Transfer(from, address(0), amount);
    }

    function _transfer(address from, address to, uint256 amount) private {
        uint256 b = balanceOf[from];
        if (b < amount) revert InsufficientBalance();
        balanceOf[from] = b - amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }

    function _pull(address asset, address from, address to, uint256 amount) private {
        (bool ok, bytes memory ret) = asset.call(abi.encodeCall(INavERC20.transferFrom, (from, to, amount)));
        if (!ok || (ret.length > 0 && !abi.decode(ret, (bool)))) revert TokenTransfer();
    }

    function _push(address asset, address to, uint256 amount) private {
        (bool ok, bytes memory ret) = asset.call(abi.encodeCall(INavERC20.transfer, (to, amount)));
        if (!ok || (ret.length > 0 && !abi.decode(ret, (bool)))) revert TokenTransfer();
    }

    function _ceilDiv(uint256 a, uint256 b) private pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }
}
