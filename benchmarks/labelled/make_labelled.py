# Source of benchmarks/labelled/articles.jsonl and facts.jsonl: each test article written next to its labels.
# Regenerate with: python benchmarks/labelled/make_labelled.py (from the repository root).
import json
A = []  # (id, meta, body, labels) ; label = (subject, code, metric, value, unit)
def art(i, title, outlet, published, body, labels):
    A.append((i, dict(id=i, title=title, outlet=outlet, published=published, body=body), labels))
P = "pct_change"
art("L01", "A-shares close mixed; ChiNext leads", "Test Wire", "2025-03-04T15:10:00+08:00",
    "China's stocks ended mixed on Tuesday. The Shanghai Composite Index closed down 0.12% at 3,316.11 points, while the Shenzhen Component Index rose 0.36% and the ChiNext Index gained 0.72%.\n\n"
    "The CSI 300 Index edged down 0.05%. Turnover on the Shanghai and Shenzhen exchanges totalled 1.53 trillion yuan.\n\n"
    "Among heavyweights, Kweichow Moutai slipped 0.8% and CATL advanced 1.9%.",
    [("Shanghai Composite Index","000001.SH",P,-0.12,"%"),("Shenzhen Component Index","399001.SZ",P,0.36,"%"),("ChiNext Index","399006.SZ",P,0.72,"%"),
     ("CSI 300 Index","000300.SH",P,-0.05,"%"),("A-share market","CN.MARKET","turnover",1.53e12,"CNY"),("Kweichow Moutai","600519.SH",P,-0.8,"%"),("CATL","300750.SZ",P,1.9,"%")])
art("L02", "收评：沪指跌0.12% 创业板指涨0.72%", "测试财经", "2025-03-04T15:05:00+08:00",
    "截至收盘，沪指跌0.12%，报3316.11点；深成指涨0.36%，创业板指涨0.72%。沪深两市成交额1.53万亿元，较上一交易日缩量912亿元。\n\n"
    "板块方面，半导体、机器人板块涨幅居前，银行板块走弱。个股方面，中微公司涨超6%，北方华创涨4.21%，兆易创新跌1.35%。",
    [("沪指","000001.SH",P,-0.12,"%"),("深成指","399001.SZ",P,0.36,"%"),("创业板指","399006.SZ",P,0.72,"%"),("沪深两市","CN.MARKET","turnover",1.53e12,"CNY"),
     ("中微公司","688012.SH",P,6.0,"%"),("北方华创","002371.SZ",P,4.21,"%"),("兆易创新","603986.SH",P,-1.35,"%")])
art("L03", "Hong Kong stocks: tech rally lifts Hang Seng", "Harbour Test", "2025-03-04T16:20:00+08:00",
    "The Hang Seng Index jumped 2.84% to 23,594.21 points on Tuesday, and the Hang Seng Tech Index surged 4.11%.\n\n"
    "Alibaba climbed 5.6%, Tencent added 2.3% and Meituan rose 3.4%, while Xiaomi shed 1.1%. "
    "Southbound investors net bought 16.8 billion Hong Kong dollars of Hong Kong shares.",
    [("Hang Seng Index","HSI.HK",P,2.84,"%"),("Hang Seng Tech Index","HSTECH.HK",P,4.11,"%"),("Alibaba","09988.HK",P,5.6,"%"),
     ("Tencent","00700.HK",P,2.3,"%"),("Meituan","03690.HK",P,3.4,"%"),("Xiaomi","01810.HK",P,-1.1,"%"),("Southbound investors","HK.SOUTHBOUND","net_inflow",1.68e10,"HKD")])
art("L04", "港股收评：恒指涨2.84% 恒生科技指数涨4.11%", "港岛测试", "2025-03-04T16:15:00+08:00",
    "港股三大指数集体收涨，恒生指数涨2.84%，恒生科技指数涨4.11%，国企指数涨3.02%。\n\n"
    "科技股普涨，阿里巴巴涨5.6%，腾讯控股涨2.3%，美团涨3.4%；小米集团跌1.1%。南向资金全天净买入168亿港元。",
    [("恒生指数","HSI.HK",P,2.84,"%"),("恒生科技指数","HSTECH.HK",P,4.11,"%"),("国企指数","HSCEI.HK",P,3.02,"%"),("阿里巴巴","09988.HK",P,5.6,"%"),
     ("腾讯控股","00700.HK",P,2.3,"%"),("美团","03690.HK",P,3.4,"%"),("小米集团","01810.HK",P,-1.1,"%"),("南向资金","HK.SOUTHBOUND","net_inflow",1.68e10,"HKD")])
art("L05", "Wall Street: Nasdaq drops as chip stocks slide", "Test Newswire", "2025-03-05T05:30:00+08:00",
    "US stocks fell on Monday. The Dow Jones Industrial Average lost 1.48%, the S&P 500 declined 1.76% and the Nasdaq Composite tumbled 2.64%.\n\n"
    "Nvidia sank 8.7%, Broadcom dropped 6.2% and AMD fell 4.1%. The Philadelphia Semiconductor Index slid 4.6%. "
    "Tesla lost 2.8%, while Apple was little changed. The yield on the 10-year Treasury fell 6 basis points to 4.16%.",
    [("Dow Jones Industrial Average","DJI.US",P,-1.48,"%"),("S&P 500","SPX.US",P,-1.76,"%"),("Nasdaq Composite","IXIC.US",P,-2.64,"%"),("Nvidia","NVDA.US",P,-8.7,"%"),
     ("Broadcom","AVGO.US",P,-6.2,"%"),("AMD","AMD.US",P,-4.1,"%"),("Philadelphia Semiconductor Index","SOX.US",P,-4.6,"%"),("Tesla","TSLA.US",P,-2.8,"%")])
art("L06", "美股收盘：三大指数集体下跌 英伟达跌近9%", "测试环球", "2025-03-05T06:00:00+08:00",
    "周一美股三大指数集体收跌，道指跌1.48%，标普500指数跌1.76%，纳指跌2.64%。\n\n"
    "大型科技股普跌，英伟达跌8.69%，博通跌6.2%，特斯拉跌2.8%。费城半导体指数下跌4.6%。10年期美债收益率下行6个基点至4.16%。",
    [("道指","DJI.US",P,-1.48,"%"),("标普500指数","SPX.US",P,-1.76,"%"),("纳指","IXIC.US",P,-2.64,"%"),("英伟达","NVDA.US",P,-8.69,"%"),
     ("博通","AVGO.US",P,-6.2,"%"),("特斯拉","TSLA.US",P,-2.8,"%"),("费城半导体指数","SOX.US",P,-4.6,"%")])
art("L07", "半导体ETF（512480）盘中涨超3% 机构：国产替代加速", "测试基金", "2025-03-06T11:20:00+08:00",
    "3月6日早盘，半导体板块走强，半导体ETF（512480）盘中一度涨超3%，截至发稿涨2.45%，成交额5.32亿元。\n\n"
    "成分股中，中微公司涨7.8%，北方华创涨5.1%，中芯国际涨3.3%。资金面上，该ETF近5个交易日累计净流入3.6亿元。\n\n"
    "机构认为，国产替代进程加速，设备和材料环节有望持续受益。截至2月末，该指数前十大权重股合计占比63.2%。",
    [("半导体ETF","512480.SH",P,3.0,"%"),("半导体ETF","512480.SH",P,2.45,"%"),("半导体ETF","512480.SH","turnover",5.32e8,"CNY"),
     ("中微公司","688012.SH",P,7.8,"%"),("北方华创","002371.SZ",P,5.1,"%"),("中芯国际","688981.SH",P,3.3,"%"),
     ("半导体ETF","512480.SH","net_inflow",3.6e8,"CNY")])
art("L08", "Chip ETF climbs as equipment makers rally", "Test Fund News", "2025-03-06T14:40:00+08:00",
    "The Semiconductor ETF (512480) rose as much as 3.1% intraday and was up 2.45% in the afternoon, with turnover of 532 million yuan.\n\n"
    "AMEC gained 7.8% and NAURA rose 5.1%. SMIC (688981) added 3.3%. The fund has attracted net inflows of 360 million yuan over the past five sessions. "
    "Equipment accounts for 41% of the index, and the top ten holdings make up 63.2% of its weight.",
    [("Semiconductor ETF","512480.SH",P,3.1,"%"),("Semiconductor ETF","512480.SH",P,2.45,"%"),("Semiconductor ETF","512480.SH","turnover",5.32e8,"CNY"),
     ("AMEC","688012.SH",P,7.8,"%"),("NAURA","002371.SZ",P,5.1,"%"),("SMIC","688981.SH",P,3.3,"%"),
     ("Semiconductor ETF","512480.SH","net_inflow",3.6e8,"CNY")])
art("L09", "Research note: AI server demand lifts Inspur and Sugon", "Test Research", "2025-03-07T08:30:00+08:00",
    "Inspur Information's revenue rose 32% year-on-year in 2024, and the company guided for gross margin of about 7%. "
    "Its shares have gained 48% so far this year. Sugon rose 4.6% on Thursday, and iFlytek climbed 3.9%.\n\n"
    "We raise our target price for Inspur by 25% and expect AI servers to account for over 60% of revenue by 2026. "
    "Risks: a 10% cut in cloud capex would hurt orders.",
    [("Inspur Information","000977.SZ",P,48.0,"%"),("Sugon","603019.SH",P,4.6,"%"),("iFlytek","002230.SZ",P,3.9,"%")])
art("L10", "研报摘要：AI服务器需求旺盛 浪潮信息年内累计上涨48%", "测试研究", "2025-03-07T08:40:00+08:00",
    "浪潮信息2024年营收同比增长32%，毛利率约7%。今年以来，公司股价累计上涨48%。周四中科曙光上涨4.6%，科大讯飞涨3.9%。\n\n"
    "我们将目标价上调25%，预计到2026年AI服务器收入占比将超60%。风险提示：云厂商资本开支若下调10%将影响订单。",
    [("浪潮信息","000977.SZ",P,48.0,"%"),("中科曙光","603019.SH",P,4.6,"%"),("科大讯飞","002230.SZ",P,3.9,"%")])
art("L11", "Brokers surge as turnover tops 2 trillion yuan", "Test Wire", "2025-03-10T15:30:00+08:00",
    "Brokerage stocks led the market on Monday. CITIC Securities rose 6.3% and East Money jumped 9.8%, while Hithink RoyalFlush hit the 20% daily limit.\n\n"
    "The Securities ETF (512880) closed up 4.76% and the Broker ETF (512000) gained 4.9%. Turnover in A-shares exceeded 2.1 trillion yuan, and more than 4,200 stocks advanced.",
    [("CITIC Securities","600030.SH",P,6.3,"%"),("East Money","300059.SZ",P,9.8,"%"),("Hithink RoyalFlush","300033.SZ",P,20.0,"%"),
     ("Securities ETF","512880.SH",P,4.76,"%"),("Broker ETF","512000.SH",P,4.9,"%"),("A-shares","CN.MARKET","turnover",2.1e12,"CNY")])
art("L12", "券商股集体爆发 同花顺20cm涨停", "测试财经", "2025-03-10T15:20:00+08:00",
    "3月10日，券商板块集体走强，中信证券涨6.3%，东方财富涨9.8%，同花顺涨停。证券ETF（512880）收涨4.76%，券商ETF（512000）涨4.9%。\n\n"
    "两市成交额超2.1万亿元，超4200只个股上涨，涨停个股达98只。",
    [("中信证券","600030.SH",P,6.3,"%"),("东方财富","300059.SZ",P,9.8,"%"),("同花顺","300033.SZ",P,20.0,"%"),("证券ETF","512880.SH",P,4.76,"%"),
     ("券商ETF","512000.SH",P,4.9,"%"),("两市","CN.MARKET","turnover",2.1e12,"CNY")])
art("L13", "Evening wrap: consumer shares slip, gold miners shine", "Test Evening", "2025-03-11T19:00:00+08:00",
    "Consumer names lagged on Tuesday: Kweichow Moutai ended 1.6% lower and the Liquor ETF (512690) fell 1.2%. "
    "The Medical ETF (512170) edged up 0.3% and the Pharmaceutical ETF (512010) was flat.\n\n"
    "The Gold ETF (518880) rose 1.4% as spot gold climbed 0.9% to a record. BYD lost 2.2% after its price cuts, and the Photovoltaic ETF (515790) dropped 1.8%.",
    [("Kweichow Moutai","600519.SH",P,-1.6,"%"),("Liquor ETF","512690.SH",P,-1.2,"%"),("Medical ETF","512170.SH",P,0.3,"%"),("Gold ETF","518880.SH",P,1.4,"%"),
     ("spot gold","XAU",P,0.9,"%"),("BYD","002594.SZ",P,-2.2,"%"),("Photovoltaic ETF","515790.SH",P,-1.8,"%")])
art("L14", "消费股走弱 黄金ETF涨1.4%", "测试晚报", "2025-03-11T19:10:00+08:00",
    "周二消费板块表现疲软，贵州茅台收跌1.6%，酒ETF（512690）跌1.2%。医疗ETF（512170）微涨0.3%。\n\n"
    "黄金ETF（518880）涨1.4%，现货黄金涨0.9%创历史新高。比亚迪跌2.2%，光伏ETF（515790）跌1.8%。",
    [("贵州茅台","600519.SH",P,-1.6,"%"),("酒ETF","512690.SH",P,-1.2,"%"),("医疗ETF","512170.SH",P,0.3,"%"),("黄金ETF","518880.SH",P,1.4,"%"),
     ("现货黄金","XAU",P,0.9,"%"),("比亚迪","002594.SZ",P,-2.2,"%"),("光伏ETF","515790.SH",P,-1.8,"%")])
art("L15", "STAR AI ETF extends gains on domestic chip hopes", "Test Fund News", "2025-03-12T13:50:00+08:00",
    "The STAR AI ETF (589520) rose for a third straight session, adding 1.87% by midday with a premium rate of 0.42%. "
    "It has gained a cumulative 9.6% over the past three sessions.\n\n"
    "Cambricon (688256.SH) jumped 6.45%, Hygon rose 3.2% and VeriSilicon added 2.7%. Intellifusion hit the daily limit.",
    [("STAR AI ETF","589520.SH",P,1.87,"%"),("STAR AI ETF","589520.SH",P,9.6,"%"),("Cambricon","688256.SH",P,6.45,"%"),
     ("Hygon","688041.SH",P,3.2,"%"),("VeriSilicon","688521.SH",P,2.7,"%"),("Intellifusion","688343.SH",P,20.0,"%"),
     ("STAR AI ETF","589520.SH","premium",0.42,"%")])
art("L16", "科创人工智能ETF三连涨 寒武纪涨超6%", "测试基金", "2025-03-12T13:40:00+08:00",
    "截至午间收盘，科创人工智能ETF（589520）上涨1.87%，有望实现三连涨，溢价率0.42%，近3日累计上涨9.6%。\n\n"
    "成分股方面，寒武纪涨6.45%，海光信息涨3.2%，芯原股份涨2.7%，云天励飞涨停。",
    [("科创人工智能ETF","589520.SH",P,1.87,"%"),("科创人工智能ETF","589520.SH",P,9.6,"%"),("寒武纪","688256.SH",P,6.45,"%"),
     ("海光信息","688041.SH",P,3.2,"%"),("芯原股份","688521.SH",P,2.7,"%"),("云天励飞","688343.SH",P,20.0,"%"),("科创人工智能ETF","589520.SH","premium",0.42,"%")])
art("L17", "Asia markets: Nikkei falls, Kospi gains", "Test Asia", "2025-03-13T16:00:00+08:00",
    "Japan's Nikkei 225 fell 0.08% while South Korea's Kospi climbed 0.55%. In Hong Kong, the Hang Seng Index ended 0.58% lower at 23,462.65 points "
    "and the Hang Seng China Enterprises Index dropped 0.72%.\n\n"
    "SenseTime tumbled 7.3% after a share placement, and JD.com rose 1.5%. NetEase slipped 0.4%.",
    [("Nikkei 225","N225.JP",P,-0.08,"%"),("Kospi","KS11.KR",P,0.55,"%"),("Hang Seng Index","HSI.HK",P,-0.58,"%"),("Hang Seng China Enterprises Index","HSCEI.HK",P,-0.72,"%"),
     ("SenseTime","00020.HK",P,-7.3,"%"),("JD.com","09618.HK",P,1.5,"%"),("NetEase","09999.HK",P,-0.4,"%")])
art("L18", "港股午评：商汤跌超7% 京东涨1.5%", "港岛测试", "2025-03-13T12:10:00+08:00",
    "港股午盘，恒指跌0.58%，国企指数跌0.72%。商汤跌超7%，京东集团涨1.5%，网易跌0.4%，理想汽车涨2.1%，小鹏汽车跌3.05%。",
    [("恒指","HSI.HK",P,-0.58,"%"),("国企指数","HSCEI.HK",P,-0.72,"%"),("商汤","00020.HK",P,-7.0,"%"),("京东集团","09618.HK",P,1.5,"%"),
     ("网易","09999.HK",P,-0.4,"%"),("理想汽车","02015.HK",P,2.1,"%"),("小鹏汽车","09868.HK",P,-3.05,"%")])
art("L19", "Flows: northbound sells, main funds chase chips", "Test Flows", "2025-03-14T17:00:00+08:00",
    "Northbound funds posted net outflows of 5.2 billion yuan on Friday. Main funds poured a net 1.1 billion yuan into Cambricon, "
    "while NAURA saw net outflows of 430 million yuan.\n\n"
    "The STAR 50 Index rose 1.34% and the STAR 50 ETF (588000) gained 1.29%. The CSI 500 ETF (510500) was down 0.21%.",
    [("Northbound funds","CN.NORTHBOUND","net_inflow",-5.2e9,"CNY"),("NAURA","002371.SZ","net_inflow",-4.3e8,"CNY"),
     ("Cambricon","688256.SH","net_inflow",1.1e9,"CNY"),
     ("STAR 50 Index","000688.SH",P,1.34,"%"),("STAR 50 ETF","588000.SH",P,1.29,"%"),("CSI 500 ETF","510500.SH",P,-0.21,"%")])
art("L20", "资金流向：北向资金净流出52亿元", "测试资金", "2025-03-14T17:10:00+08:00",
    "周五北向资金净流出52亿元。主力资金方面，寒武纪获净流入11亿元，北方华创遭净流出4.3亿元。\n\n"
    "科创50指数涨1.34%，科创50ETF（588000）涨1.29%，中证500ETF（510500）跌0.21%。上证50ETF（510050）收涨0.35%。",
    [("北向资金","CN.NORTHBOUND","net_inflow",-5.2e9,"CNY"),("寒武纪","688256.SH","net_inflow",1.1e9,"CNY"),("北方华创","002371.SZ","net_inflow",-4.3e8,"CNY"),
     ("科创50指数","000688.SH",P,1.34,"%"),("科创50ETF","588000.SH",P,1.29,"%"),("中证500ETF","510500.SH",P,-0.21,"%"),("上证50ETF","510050.SH",P,0.35,"%")])
art("L21", "Robot makers rally on humanoid orders", "Test Wire", "2025-03-17T15:40:00+08:00",
    "Robotics shares rallied on Monday. The Robot ETF (159551) climbed 3.9% and the Robot ETF (562500) rose 3.6%. "
    "Sanhua Intelligent Controls and Shanghai Moons' Electric gained 6.1% and 10.0% respectively, the latter hitting the daily limit.\n\n"
    "Zhongji Innolight slipped 1.2%. UBTech, which is not in the index, rose 8.8% in Hong Kong.",
    [("Robot ETF","159551.SZ",P,3.9,"%"),("Robot ETF","562500.SH",P,3.6,"%"),("Sanhua Intelligent Controls","002050.SZ",P,6.1,"%"),
     ("Shanghai Moons' Electric","603728.SH",P,10.0,"%"),("Zhongji Innolight","300308.SZ",P,-1.2,"%"),("UBTech","",P,8.8,"%")])
art("L22", "机器人概念股大涨 鸣志电器涨停", "测试财经", "2025-03-17T15:30:00+08:00",
    "机器人板块大涨，机器人ETF（159551）涨3.9%，机器人ETF（562500）涨3.6%。三花智控、鸣志电器分别上涨6.1%、10%，中际旭创跌1.2%。",
    [("机器人ETF","159551.SZ",P,3.9,"%"),("机器人ETF","562500.SH",P,3.6,"%"),("三花智控","002050.SZ",P,6.1,"%"),("鸣志电器","603728.SH",P,10.0,"%"),
     ("中际旭创","300308.SZ",P,-1.2,"%")])
art("L23", "Market snapshot", "Test Terminal", "2025-03-18T15:01:00+08:00",
    "Closing levels: Shanghai Composite 3,429.76 (+0.11%), Shenzhen Component 11,021.58 (-0.26%), ChiNext 2,220.06 (-0.57%).\n\n"
    "Movers: Cambricon +4.38%, Hygon -2.15%, SMIC (688981) +1.02%, Kingsoft Office -3.40%.",
    [("Shanghai Composite","000001.SH",P,0.11,"%"),("Shenzhen Component","399001.SZ",P,-0.26,"%"),("ChiNext","399006.SZ",P,-0.57,"%"),
     ("Cambricon","688256.SH",P,4.38,"%"),("Hygon","688041.SH",P,-2.15,"%"),("SMIC","688981.SH",P,1.02,"%"),("Kingsoft Office","688111.SH",P,-3.4,"%")])
art("L24", "盘面速览", "测试终端", "2025-03-18T15:02:00+08:00",
    "收盘：上证指数3429.76点（+0.11%），深证成指11021.58点（-0.26%），创业板指2220.06点（-0.57%）。\n\n"
    "个股：寒武纪+4.38%，海光信息-2.15%，中芯国际（688981）+1.02%，金山办公-3.40%。",
    [("上证指数","000001.SH",P,0.11,"%"),("深证成指","399001.SZ",P,-0.26,"%"),("创业板指","399006.SZ",P,-0.57,"%"),
     ("寒武纪","688256.SH",P,4.38,"%"),("海光信息","688041.SH",P,-2.15,"%"),("中芯国际","688981.SH",P,1.02,"%"),("金山办公","688111.SH",P,-3.4,"%")])
art("L25", "Internet ETF rebounds; Alibaba's US shares jump", "Test Newswire", "2025-03-19T09:00:00+08:00",
    "Alibaba's US-listed shares (BABA) jumped 4.2% overnight, and Baidu ADRs rose 2.6%. Microsoft gained 0.9%, Meta Platforms fell 1.3% and Amazon was down 0.5%.\n\n"
    "In Shanghai, the China Internet ETF (513050) opened up 1.8% on Wednesday. The US dollar index slipped 0.3% and offshore yuan strengthened 0.2%.",
    [("BABA","BABA.US",P,4.2,"%"),("Baidu","BIDU.US",P,2.6,"%"),("Microsoft","MSFT.US",P,0.9,"%"),("Meta Platforms","META.US",P,-1.3,"%"),
     ("Amazon","AMZN.US",P,-0.5,"%"),("China Internet ETF","513050.SH",P,1.8,"%"),("US dollar index","DXY",P,-0.3,"%")])
art("L26", "中概股隔夜大涨 中概互联网ETF高开1.8%", "测试环球", "2025-03-19T09:35:00+08:00",
    "隔夜热门中概股普涨，阿里巴巴美股涨4.2%，百度美股涨2.6%。微软涨0.9%，Meta跌1.3%，亚马逊跌0.5%。\n\n"
    "今日开盘，中概互联网ETF（513050）高开1.8%。美元指数跌0.3%。",
    [("阿里巴巴美股","BABA.US",P,4.2,"%"),("百度美股","BIDU.US",P,2.6,"%"),("微软","MSFT.US",P,0.9,"%"),("Meta","META.US",P,-1.3,"%"),
     ("亚马逊","AMZN.US",P,-0.5,"%"),("中概互联网ETF","513050.SH",P,1.8,"%"),("美元指数","DXY",P,-0.3,"%")])
art("L27", "Oil and gold: Brent falls, gold steady", "Test Commodities", "2025-03-20T07:45:00+08:00",
    "Brent crude fell 1.9% to 70.45 dollars a barrel and WTI dropped 2.1%. Spot gold edged up 0.2%.\n\n"
    "Energy shares followed: CNOOC lost 1.4% in Hong Kong. Analysts said OPEC+ supply additions of about 2% of global demand weighed on prices.",
    [("Brent crude","BRENT",P,-1.9,"%"),("WTI","WTI",P,-2.1,"%"),("Spot gold","XAU",P,0.2,"%"),("CNOOC","",P,-1.4,"%")])
art("L28", "ETF周报：芯片ETF本周累计上涨5.3%", "测试基金", "2025-03-21T18:00:00+08:00",
    "本周芯片ETF（159995）累计上涨5.3%，周五单日涨1.1%，成交额12.6亿元。5GETF（515050）本周下跌2.4%，周五跌0.6%。\n\n"
    "创业板ETF（159915）周五收涨0.85%。银行ETF（512800）当日下跌0.47%，资金净申购2.1亿份。",
    [("芯片ETF","159995.SZ",P,5.3,"%"),("芯片ETF","159995.SZ",P,1.1,"%"),("芯片ETF","159995.SZ","turnover",1.26e9,"CNY"),("5GETF","515050.SH",P,-2.4,"%"),
     ("5GETF","515050.SH",P,-0.6,"%"),("创业板ETF","159915.SZ",P,0.85,"%"),("银行ETF","512800.SH",P,-0.47,"%"),
     ("银行ETF","512800.SH","net_inflow",2.1e8,"shares")])
art("L29", "Weekly ETF report: chip fund up 5.3% on the week", "Test Fund News", "2025-03-21T18:30:00+08:00",
    "The Chip ETF (159995) gained 5.3% this week, including a 1.1% rise on Friday, with turnover of 1.26 billion yuan. "
    "The 5G ETF (515050) fell 2.4% for the week and dropped 0.6% on Friday.\n\n"
    "The ChiNext ETF (159915) closed 0.85% higher on Friday, while the Bank ETF (512800) slipped 0.47%.",
    [("Chip ETF","159995.SZ",P,5.3,"%"),("Chip ETF","159995.SZ",P,1.1,"%"),("Chip ETF","159995.SZ","turnover",1.26e9,"CNY"),("5G ETF","515050.SH",P,-2.4,"%"),
     ("5G ETF","515050.SH",P,-0.6,"%"),("ChiNext ETF","159915.SZ",P,0.85,"%"),("Bank ETF","512800.SH",P,-0.47,"%")])
art("L30", "Autos: BYD's Hong Kong shares fall, Li Auto gains", "Test Wire", "2025-03-24T16:30:00+08:00",
    "BYD Company's Hong Kong shares fell 3.2% and its Shenzhen-listed stock lost 2.9%. Li Auto rose 2.4%, XPeng declined 1.7% and Xiaomi added 0.6%.\n\n"
    "CATL gained 1.1% after it said battery shipments grew 40% last year. Ping An Insurance closed 0.9% higher.",
    [("BYD Company (H)","01211.HK",P,-3.2,"%"),("BYD","002594.SZ",P,-2.9,"%"),("Li Auto","02015.HK",P,2.4,"%"),("XPeng","09868.HK",P,-1.7,"%"),
     ("Xiaomi","01810.HK",P,0.6,"%"),("CATL","300750.SZ",P,1.1,"%"),("Ping An Insurance","601318.SH",P,0.9,"%")])
with open("benchmarks/labelled/articles.jsonl", "w", encoding="utf-8") as f:
    for i, meta, labels in A:
        f.write(json.dumps(meta, ensure_ascii=False) + "\n")
with open("benchmarks/labelled/facts.jsonl", "w", encoding="utf-8") as f:
    for i, meta, labels in A:
        for subject, code, metric, value, unit in labels:
            f.write(json.dumps(dict(article=i, subject=subject, code=code, metric=metric, value=value, unit=unit), ensure_ascii=False) + "\n")
n = sum(len(l) for _, _, l in A)
print(len(A), "articles", n, "facts", sum(1 for _,_,l in A for x in l if x[2]==P), "pct")
