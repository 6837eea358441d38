# A second labelled set, written after the rules were tuned on the first and measured once before any fix.
# Regenerate with: python benchmarks/labelled/second/make_second.py (from the repository root).
import json
A=[]
P="pct_change"
def art(i,title,outlet,pub,body,labels): A.append((dict(id=i,title=title,outlet=outlet,published=pub,body=body),labels))
art("H01","Midday: A-shares steady, liquor stocks extend losses","Test Midday","2025-04-08T11:45:00+08:00",
 "At the midday break the Shanghai Composite was up 0.3% and the Shenzhen Component Index had added 0.5%. Kweichow Moutai extended its slide, down 2.4%, while Wuliangye dropped 3.1%. "
 "The Liquor ETF (512690) was 2.2% lower. On the upside, CATL gained as much as 4% before trimming its advance to 2.6%.",
 [("Shanghai Composite","000001.SH",P,0.3),("Shenzhen Component Index","399001.SZ",P,0.5),("Kweichow Moutai","600519.SH",P,-2.4),("Wuliangye","",P,-3.1),
  ("Liquor ETF","512690.SH",P,-2.2),("CATL","300750.SZ",P,4.0),("CATL","300750.SZ",P,2.6)])
art("H02","午评：三大指数涨跌不一 白酒股继续走低","测试午评","2025-04-08T11:40:00+08:00",
 "午间收盘，上证指数涨0.3%，深证成指涨0.5%，创业板指微跌0.08%。白酒股继续走低，贵州茅台跌2.4%，五粮液跌超3%。宁德时代盘中一度涨4%，午间涨2.6%。",
 [("上证指数","000001.SH",P,0.3),("深证成指","399001.SZ",P,0.5),("创业板指","399006.SZ",P,-0.08),("贵州茅台","600519.SH",P,-2.4),("五粮液","",P,-3.0),
  ("宁德时代","300750.SZ",P,4.0),("宁德时代","300750.SZ",P,2.6)])
art("H03","Tech titans: Apple slumps, Oracle soars","Test US","2025-04-09T05:10:00+08:00",
 "Apple shares slumped 4.98% on tariff worries, while Oracle soared 11.2% after raising its cloud forecast. Intel closed down 1.1%. "
 "The Nasdaq-100 Index ended the session 0.9% lower and the Dow finished up 0.2%. TSMC's US shares rose 2.3%.",
 [("Apple","AAPL.US",P,-4.98),("Oracle","ORCL.US",P,11.2),("Intel","INTC.US",P,-1.1),("Nasdaq-100 Index","NDX.US",P,-0.9),("Dow","DJI.US",P,0.2),("TSMC","TSM.US",P,2.3)])
art("H04","ETF推介：5G ETF连续三日净流入","测试基金","2025-04-10T14:00:00+08:00",
 "截至14:00，5GETF（515050）涨1.65%，成交额3.4亿元，近3个交易日累计净流入1.2亿元。成分股中兴通讯涨3.2%，中际旭创涨5.5%，工业富联涨2.8%。",
 [("5GETF","515050.SH",P,1.65),("中兴通讯","",P,3.2),("中际旭创","300308.SZ",P,5.5),("工业富联","601138.SH",P,2.8)])
art("H05","HK close: Hang Seng snaps four-day losing streak","Test HK","2025-04-10T16:15:00+08:00",
 "The Hang Seng Index rebounded 1.51% to 20,264.49, snapping a four-day losing streak, and the Hang Seng Tech Index rallied 2.3%. "
 "Xiaomi-W climbed 4.7%, JD-SW advanced 3.1% and NetEase-S retreated 0.9%. Southbound funds recorded net purchases of 9.6 billion Hong Kong dollars.",
 [("Hang Seng Index","HSI.HK",P,1.51),("Hang Seng Tech Index","HSTECH.HK",P,2.3),("Xiaomi-W","01810.HK",P,4.7),("JD-SW","09618.HK",P,3.1),("NetEase-S","09999.HK",P,-0.9)])
art("H06","板块复盘：券商银行走强 光伏回调","测试复盘","2025-04-11T15:30:00+08:00",
 "券商板块午后拉升，证券ETF（512880）收涨2.1%，中信证券涨3.05%。银行ETF（512800）上涨0.9%。光伏板块回调，光伏ETF（515790）跌1.4%。北向资金全天净买入43.2亿元。",
 [("证券ETF","512880.SH",P,2.1),("中信证券","600030.SH",P,3.05),("银行ETF","512800.SH",P,0.9),("光伏ETF","515790.SH",P,-1.4)])
with open("benchmarks/labelled/second/articles.jsonl","w") as f:
    for m,_ in A: f.write(json.dumps(m,ensure_ascii=False)+"\n")
with open("benchmarks/labelled/second/facts.jsonl","w") as f:
    for m,l in A:
        for s,c,me,v in l: f.write(json.dumps(dict(article=m["id"],subject=s,code=c,metric=me,value=v,unit="%"),ensure_ascii=False)+"\n")
print(sum(len(l) for _,l in A))
